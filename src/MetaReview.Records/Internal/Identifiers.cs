using System.Globalization;
using System.Text.RegularExpressions;

namespace MetaReview.Records.Internal;

/// <summary>
/// Puts identifiers in one canonical form, so that the same article exported by different databases gives
/// equal strings: DOIs lower-case without resolver prefixes, PMIDs without leading zeros, PMCIDs with the
/// <c>PMC</c> prefix, WoS accession numbers as <c>WOS:</c> + 15 digits, Scopus EIDs as <c>2-s2.0-</c> + digits.
/// Each method returns <see langword="null"/> for a value that is not such an identifier.
/// </summary>
internal static partial class Identifiers
{
    // DOI syntax (Crossref's recommended pattern): "10." registrant "/" suffix.
    [GeneratedRegex(@"10\.\d{4,9}/\S+", RegexOptions.CultureInvariant)]
    private static partial Regex DoiPattern();

    [GeneratedRegex(@"(?:ncbi\.nlm\.nih\.gov/pubmed/|pubmed\.ncbi\.nlm\.nih\.gov/|[?&]list_uids=)(\d{1,9})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PubMedUrl();

    [GeneratedRegex(@"\bPMC\d{3,9}\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PmcidPattern();

    [GeneratedRegex(@"\b2-s2\.0-\d{6,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex EidPattern();

    [GeneratedRegex(@"(?:WOS|ISI):?\s*(\d{15})|<Go to ISI>://(?:WOS:)?(\d{15})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WosPattern();

    /// <summary>
    /// <c>10.1002/CPP.2398</c>, <c>https://doi.org/10.1002/cpp.2398</c>, <c>doi:10.1002/cpp.2398.</c>,
    /// <c>10.1002/cpp.2398 [doi]</c>, URL-encoded forms: all give <c>10.1002/cpp.2398</c>.
    /// </summary>
    public static string? NormalizeDoi(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Contains('%', StringComparison.Ordinal) ? SafeUnescape(value) : value;
        var match = DoiPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var doi = match.Value;
        // An URL may carry more after the DOI (query string, "&atitle=…"); a citation may end with punctuation.
        var cut = doi.IndexOfAny(['&', '"', '<', '>', '#']);
        if (cut > 0)
        {
            doi = doi[..cut];
        }

        doi = doi.TrimEnd('.', ',', ';', ')', ']', '}');
        return doi.Contains('/', StringComparison.Ordinal) && doi.Length > doi.IndexOf('/', StringComparison.Ordinal) + 1
            ? doi.ToLowerInvariant()
            : null;
    }

    /// <summary>A PubMed identifier: 1 to 9 digits, optionally "PMID:"-prefixed; leading zeros dropped.</summary>
    public static string? NormalizePmid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.StartsWith("PMID", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..].TrimStart(':', ' ');
        }

        var end = text.IndexOfAny([' ', '[', ';', ',']);
        if (end > 0)
        {
            text = text[..end];
        }

        var trimmed = text.TrimStart('0');
        return trimmed.Length is 0 or > 9 || !trimmed.All(char.IsAsciiDigit) ? null : trimmed;
    }

    /// <summary>A PubMed Central identifier, <c>PMC</c> + digits (the prefix is added to bare digits).</summary>
    public static string? NormalizePmcid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var match = PmcidPattern().Match(text);
        if (match.Success)
        {
            return "PMC" + match.Value[3..];
        }

        return text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit) ? "PMC" + text : null;
    }

    /// <summary>A Web of Science accession number (<c>WOS:</c>, <c>ISI:</c> or bare 15 digits) as <c>WOS:</c> + 15 digits.</summary>
    public static string? NormalizeWosUt(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        if (text.Length == 15 && text.All(char.IsAsciiDigit))
        {
            return "WOS:" + text;
        }

        var match = WosPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var digits = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
        return "WOS:" + digits;
    }

    /// <summary>A Scopus EID, <c>2-s2.0-</c> + digits.</summary>
    public static string? NormalizeScopusEid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = EidPattern().Match(value);
        return match.Success ? match.Value : null;
    }

    /// <summary>Identifiers a link reveals: doi.org and link-resolver DOIs, PubMed, PMC, Scopus and WoS record links.</summary>
    public static UrlIdentifiers FromUrl(string url)
    {
        string? doi = null;
        if (url.Contains("doi.org/", StringComparison.OrdinalIgnoreCase)
            || url.Contains("doi=", StringComparison.OrdinalIgnoreCase)
            || url.Contains("doi:", StringComparison.OrdinalIgnoreCase)
            || url.Contains("/doi/", StringComparison.OrdinalIgnoreCase))
        {
            doi = NormalizeDoi(url);
        }

        var pubmed = PubMedUrl().Match(url);
        var pmc = url.Contains("pmc", StringComparison.OrdinalIgnoreCase) ? PmcidPattern().Match(url) : Match.Empty;
        var eid = url.Contains("eid=", StringComparison.OrdinalIgnoreCase) ? EidPattern().Match(url) : Match.Empty;
        var wos = url.Contains("ISI", StringComparison.OrdinalIgnoreCase) || url.Contains("WOS", StringComparison.OrdinalIgnoreCase)
            ? NormalizeWosUt(url)
            : null;
        return new UrlIdentifiers(
            doi,
            pubmed.Success ? NormalizePmid(pubmed.Groups[1].Value) : null,
            pmc.Success ? "PMC" + pmc.Value[3..] : null,
            eid.Success ? eid.Value : null,
            wos);
    }

    /// <summary>Digits of a string as an integer (for comparing page numbers), or <see langword="null"/>.</summary>
    public static int? LeadingNumber(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var start = 0;
        while (start < value.Length && !char.IsAsciiDigit(value[start]))
        {
            start++;
        }

        var end = start;
        while (end < value.Length && char.IsAsciiDigit(value[end]) && end - start < 9)
        {
            end++;
        }

        return end > start ? int.Parse(value.AsSpan(start, end - start), CultureInfo.InvariantCulture) : null;
    }

    private static string SafeUnescape(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
