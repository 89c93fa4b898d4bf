namespace MetaReview.Records.Internal;

/// <summary>
/// Canonical names of the databases searched, recognised from what exports write about themselves: a
/// <c>DB</c> tag ("Embase", "Scopus", "MEDLINE"), a provider tag (<c>DP  - NLM</c>), or the link to the
/// record on the database's site.
/// </summary>
internal static class DatabaseNames
{
    public const string PubMed = "PubMed";
    public const string Medline = "MEDLINE";
    public const string Embase = "Embase";
    public const string Scopus = "Scopus";
    public const string WebOfScience = "Web of Science";
    public const string PsycInfo = "PsycINFO";
    public const string Cinahl = "CINAHL";
    public const string Ebsco = "EBSCO";
    public const string ProQuest = "ProQuest";
    public const string IeeeXplore = "IEEE Xplore";
    public const string Cnki = "CNKI";
    public const string Ovid = "Ovid";
    public const string Lens = "Lens";

    /// <summary>The canonical spelling of a database name written in a record; unknown names are kept as written.</summary>
    public static string? Canonical(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var n = name.Trim();
        return n.ToUpperInvariant() switch
        {
            "PUBMED" or "NLM" => PubMed,
            "MEDLINE" or "OVID MEDLINE" or "OVID MEDLINE(R)" => Medline,
            "EMBASE" or "EMBASE.COM" => Embase,
            "SCOPUS" => Scopus,
            "WEB OF SCIENCE" or "WOS" or "ISI" or "WEB OF SCIENCE CORE COLLECTION" or "WEB OF KNOWLEDGE" => WebOfScience,
            "PSYCINFO" or "APA PSYCINFO" or "PSYCINFO (OVID)" => PsycInfo,
            "CINAHL" or "CINAHL PLUS" or "CINAHL COMPLETE" => Cinahl,
            "EBSCOHOST" or "EBSCO" => Ebsco,
            "CNKI" or "CHINA NATIONAL KNOWLEDGE INFRASTRUCTURE" => Cnki,
            "IEEE XPLORE" or "IEEE" => IeeeXplore,
            _ => n,
        };
    }

    /// <summary>The database whose record page a link points to, or <see langword="null"/>.</summary>
    /// <remarks>Links to PubMed or publishers are not evidence: every database links to them.</remarks>
    public static string? FromUrl(string url)
    {
        if (url.Contains("scopus.com/", StringComparison.OrdinalIgnoreCase))
        {
            return Scopus;
        }

        if (url.Contains("embase.com/", StringComparison.OrdinalIgnoreCase))
        {
            return Embase;
        }

        if (url.Contains("webofscience", StringComparison.OrdinalIgnoreCase)
            || url.Contains("webofknowledge", StringComparison.OrdinalIgnoreCase)
            || url.Contains("isiknowledge", StringComparison.OrdinalIgnoreCase))
        {
            return WebOfScience;
        }

        if (url.Contains("ovid.com/", StringComparison.OrdinalIgnoreCase))
        {
            return FromOvidUrl(url);
        }

        if (url.Contains("ebscohost.com/", StringComparison.OrdinalIgnoreCase))
        {
            return Ebsco;
        }

        if (url.Contains("proquest.com/", StringComparison.OrdinalIgnoreCase))
        {
            return ProQuest;
        }

        if (url.Contains("ieeexplore.ieee.org/", StringComparison.OrdinalIgnoreCase))
        {
            return IeeeXplore;
        }

        if (url.Contains("cnki.net/", StringComparison.OrdinalIgnoreCase))
        {
            return Cnki;
        }

        return url.Contains("://lens.org/", StringComparison.OrdinalIgnoreCase)
            || url.Contains("://www.lens.org/", StringComparison.OrdinalIgnoreCase)
            ? Lens
            : null;
    }

    /// <summary>Ovid links name the database segment searched: <c>D=psyc16</c>, <c>D=emed18</c>, <c>D=medl</c>.</summary>
    private static string FromOvidUrl(string url)
    {
        var at = url.IndexOf("D=", StringComparison.Ordinal);
        if (at < 0)
        {
            return Ovid;
        }

        var segment = url[(at + 2)..];
        return segment.StartsWith("psyc", StringComparison.OrdinalIgnoreCase) ? PsycInfo
            : segment.StartsWith("em", StringComparison.OrdinalIgnoreCase) ? Embase
            : segment.StartsWith("med", StringComparison.OrdinalIgnoreCase) || segment.StartsWith("prem", StringComparison.OrdinalIgnoreCase) ? Medline
            : Ovid;
    }
}
