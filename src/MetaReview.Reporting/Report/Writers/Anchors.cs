using System.Text;
using MetaReview.Reporting.Report.Document;

namespace MetaReview.Reporting.Report.Writers;

/// <summary>Stable anchors for headings: the given id, or the text lower-cased with non-alphanumerics as hyphens.</summary>
internal static class Anchors
{
    public static string For(Heading heading)
    {
        if (!string.IsNullOrWhiteSpace(heading.Id))
        {
            return heading.Id;
        }

        var sb = new StringBuilder();
        foreach (var c in heading.Text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }
}
