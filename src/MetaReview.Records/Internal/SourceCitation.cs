using System.Text.RegularExpressions;

namespace MetaReview.Records.Internal;

/// <summary>
/// Reads the compact citation some exports write instead of separate fields: Ovid's <c>SO</c>
/// ("Lancet. 391 (10120) (pp 541-551), 2018. Date of Publication: …", "Clin Pharmacokinet. 50(6):349-69,
/// 2011 Jun.") and the Embase CSV <c>Source</c> column ("Cancer (2004) 102:4 (253-258). Date of Publication: …").
/// </summary>
internal static partial class SourceCitation
{
    // Ovid Embase: "<journal>. [<more>. ]<volume> [(<issue>)] (<pages>|no pagination), <year>."
    [GeneratedRegex(@"(?:^|\. )(?<v>[\w-]+) (?:\((?<i>[^()]*)\) )?\((?:pp )?(?<p>[^()]*)\), (?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex OvidEmbase();

    // Ovid MEDLINE: "<journal>. <volume>(<issue>):<pages>, <year> <month>."
    [GeneratedRegex(@"\. (?<v>[\w-]+)(?:\((?<i>[^()]*)\))?:(?<p>[^,]+), (?<y>\d{4})", RegexOptions.CultureInvariant)]
    private static partial Regex OvidMedline();

    // Embase CSV: "<journal> (<year>) <volume>[:<issue>] (<pages>)."
    [GeneratedRegex(@"^(?<j>.+?) \((?<y>\d{4})\) (?<v>[^\s:()]+)(?::(?<i>[^\s()]+))?(?: \((?<p>[^()]*)\))?", RegexOptions.CultureInvariant)]
    private static partial Regex EmbaseCsv();

    /// <summary>Reads an Ovid <c>SO</c> field into the builder (journal, volume, issue, pages, year), at the given priority.</summary>
    public static void ReadOvid(string source, RecordBuilder b, int priority)
    {
        var dot = source.IndexOf(". ", StringComparison.Ordinal);
        b.Journal(dot > 0 ? source[..dot] : null, priority);
        var m = OvidEmbase().Match(source);
        if (!m.Success)
        {
            m = OvidMedline().Match(source);
        }

        if (m.Success)
        {
            Apply(m, b, priority);
        }
    }

    /// <summary>Reads the Embase CSV <c>Source</c> column into the builder, at the given priority.</summary>
    public static void ReadEmbase(string source, RecordBuilder b, int priority)
    {
        var m = EmbaseCsv().Match(source);
        if (!m.Success)
        {
            b.Journal(source, priority + 1);
            return;
        }

        b.Journal(m.Groups["j"].Value, priority);
        Apply(m, b, priority);
    }

    private static void Apply(Match m, RecordBuilder b, int priority)
    {
        b.Volume(m.Groups["v"].Value, priority);
        if (m.Groups["i"].Success)
        {
            b.Issue(m.Groups["i"].Value, priority);
        }

        var pages = m.Groups["p"].Success ? m.Groups["p"].Value.Trim() : "";
        if (pages.Length > 0 && !pages.Equals("no pagination", StringComparison.OrdinalIgnoreCase))
        {
            b.Pages(pages, priority);
        }

        b.Year(m.Groups["y"].Value, priority);
    }
}
