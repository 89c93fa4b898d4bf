using System.Collections.Immutable;
using System.Text;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Report.Document;

namespace MetaReview.Reporting.Report.Writers;

/// <summary>
/// Writes a report as Markdown (CommonMark with GitHub pipe tables). Figures become SVG files in a
/// <c>figures/</c> folder beside the Markdown, linked by relative path.
/// </summary>
public static class MarkdownReportWriter
{
    /// <summary>The Markdown text and the figure files it links to (relative path → SVG text).</summary>
    public static (string Markdown, ImmutableDictionary<string, string> Figures) Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var md = new StringBuilder();
        var figures = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        md.Append("# ").Append(Inline(document.Title)).Append("\n\n");
        if (document.Subtitle is { } subtitle)
        {
            md.Append(Inline(subtitle)).Append("\n\n");
        }

        md.Append('*').Append(Inline(document.Generated)).Append("*\n\n");
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    md.Append(new string('#', Math.Clamp(h.Level + 1, 2, 6))).Append(' ').Append(Inline(h.Text)).Append("\n\n");
                    break;
                case Paragraph p:
                    md.Append(p.Kind switch { ParagraphKind.Note => "> ", ParagraphKind.Warning => "> **Warning:** ", _ => "" })
                        .Append(Runs(p.Runs)).Append("\n\n");
                    break;
                case BulletList list:
                    foreach (var item in list.Items)
                    {
                        md.Append("- ").Append(Runs(item)).Append('\n');
                    }

                    md.Append('\n');
                    break;
                case Table t:
                    WriteTable(md, t);
                    break;
                case Figure f:
                    var path = $"figures/{f.Name}.svg";
                    figures[path] = SvgRenderer.Render(f.Scene);
                    md.Append("![").Append(Inline(f.Caption)).Append("](").Append(path).Append(")\n\n*").Append(Inline(f.Caption)).Append("*\n\n");
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(document), block.GetType().Name, "Unknown block.");
            }
        }

        return (md.ToString(), figures.ToImmutable());
    }

    private static void WriteTable(StringBuilder md, Table t)
    {
        md.Append("**").Append(Inline(t.Caption)).Append("**\n\n|");
        foreach (var h in t.Header)
        {
            md.Append(' ').Append(Cell(h)).Append(" |");
        }

        md.Append("\n|");
        for (var i = 0; i < t.Header.Length; i++)
        {
            md.Append(t.NumericColumns.Contains(i) ? " ---: |" : " --- |");
        }

        md.Append('\n');
        foreach (var row in t.Rows)
        {
            md.Append('|');
            for (var i = 0; i < t.Header.Length; i++)
            {
                var text = i < row.Cells.Length ? Cell(row.Cells[i]) : "";
                md.Append(' ').Append(row.Kind != TableRowKind.Normal && text.Length > 0 ? $"**{text}**" : text).Append(" |");
            }

            md.Append('\n');
        }

        md.Append('\n');
        for (var i = 0; i < t.Footnotes.Length; i++)
        {
            md.Append(i + 1).Append(". ").Append(Inline(t.Footnotes[i])).Append('\n');
        }

        if (!t.Footnotes.IsEmpty)
        {
            md.Append('\n');
        }
    }

    private static string Runs(IEnumerable<Run> runs) =>
        string.Concat(runs.Select(r => r.Bold && r.Italic ? $"***{Inline(r.Text)}***" : r.Bold ? $"**{Inline(r.Text)}**" : r.Italic ? $"*{Inline(r.Text)}*" : Inline(r.Text)));

    /// <summary>Escapes Markdown punctuation so text is shown as written.</summary>
    private static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '[' or ']' or '`' or '<' or '>' or '#' or '|')
            {
                sb.Append('\\');
            }

            sb.Append(c is '\n' or '\r' ? ' ' : c);
        }

        return sb.ToString();
    }

    private static string Cell(string text) => Inline(text);
}
