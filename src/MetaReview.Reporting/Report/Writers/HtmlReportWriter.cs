using System.Text;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Report.Document;

namespace MetaReview.Reporting.Report.Writers;

/// <summary>
/// Writes a report as one self-contained HTML file: inline CSS and inline SVG figures, no scripts, no network
/// access, a table of contents, and print styles (A4, figures and tables kept on one page).
/// </summary>
public static class HtmlReportWriter
{
    private const string Css = """
        body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.45; }
        h1 { font-size: 1.9rem; margin-bottom: .2rem; } h2 { font-size: 1.4rem; border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.2rem; } h3 { font-size: 1.15rem; margin-top: 1.6rem; }
        .subtitle { color: #444; margin-top: 0; } .generated { color: #666; font-size: .85rem; }
        nav.toc { background: #f6f6f6; padding: .6rem 1rem; border-radius: 4px; } nav.toc ul { margin: .2rem 0; padding-left: 1.2rem; }
        table { border-collapse: collapse; margin: .6rem 0 .3rem; font-size: .88rem; width: 100%; }
        caption { text-align: left; font-weight: bold; padding-bottom: .3rem; }
        th, td { border-top: 1px solid #bbb; border-bottom: 1px solid #bbb; padding: .25rem .45rem; vertical-align: top; text-align: left; }
        th { background: #eef1f4; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr.group td { background: #f4f4f4; font-weight: bold; } tr.total td { font-weight: bold; }
        ol.footnotes { font-size: .82rem; color: #333; margin-top: .2rem; }
        figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; } figcaption { font-size: .9rem; font-weight: bold; margin-top: .3rem; }
        p.note { font-size: .88rem; color: #444; border-left: 3px solid #bbb; padding-left: .6rem; } p.warning { border-left: 3px solid #c0392b; padding-left: .6rem; }
        @media print { body { max-width: none; margin: 0; font-size: 10pt; } nav.toc { display: none; } figure, table { page-break-inside: avoid; } h2 { page-break-after: avoid; } @page { size: A4; margin: 18mm; } }
        """;

    /// <summary>Writes the document as HTML.</summary>
    public static string Render(ReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"").Append(E(document.Generated)).Append("\">\n");
        html.Append("<title>").Append(E(document.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>").Append(E(document.Title)).Append("</h1>\n");
        if (document.Subtitle is { } subtitle)
        {
            html.Append("<p class=\"subtitle\">").Append(E(subtitle)).Append("</p>\n");
        }

        html.Append("<p class=\"generated\">").Append(E(document.Generated)).Append("</p>\n</header>\n");
        WriteContents(html, document);
        html.Append("<main>\n");
        foreach (var block in document.Blocks)
        {
            WriteBlock(html, block);
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteContents(StringBuilder html, ReportDocument document)
    {
        var headings = document.Blocks.OfType<Heading>().Where(h => h.Level <= 2).ToList();
        if (headings.Count < 3)
        {
            return;
        }

        html.Append("<nav class=\"toc\"><strong>Contents</strong>\n<ul>\n");
        foreach (var h in headings)
        {
            html.Append(h.Level == 1 ? "<li>" : "<li style=\"margin-left:1rem\">").Append("<a href=\"#").Append(E(Anchors.For(h))).Append("\">")
                .Append(E(h.Text)).Append("</a></li>\n");
        }

        html.Append("</ul>\n</nav>\n");
    }

    private static void WriteBlock(StringBuilder html, Block block)
    {
        switch (block)
        {
            case Heading h:
                var level = Math.Clamp(h.Level + 1, 2, 6);
                html.Append("<h").Append(level).Append(" id=\"").Append(E(Anchors.For(h))).Append("\">").Append(E(h.Text)).Append("</h").Append(level).Append(">\n");
                break;
            case Paragraph p:
                html.Append(p.Kind switch { ParagraphKind.Note => "<p class=\"note\">", ParagraphKind.Warning => "<p class=\"warning\">", _ => "<p>" });
                WriteRuns(html, p.Runs);
                html.Append("</p>\n");
                break;
            case BulletList list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append("<li>");
                    WriteRuns(html, item);
                    html.Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case Table t:
                WriteTable(html, t);
                break;
            case Figure f:
                var svg = SvgRenderer.Render(f.Scene with { IdPrefix = "fig-" + f.Name });
                var start = svg.IndexOf("<svg", StringComparison.Ordinal);
                html.Append("<figure id=\"").Append(E(f.Name)).Append("\">\n").Append(svg, start, svg.Length - start)
                    .Append("<figcaption>").Append(E(f.Caption)).Append("</figcaption>\n</figure>\n");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block.GetType().Name, "Unknown block.");
        }
    }

    private static void WriteTable(StringBuilder html, Table t)
    {
        html.Append("<table>\n<caption>").Append(E(t.Caption)).Append("</caption>\n<thead><tr>");
        foreach (var h in t.Header)
        {
            html.Append("<th scope=\"col\">").Append(E(h)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in t.Rows)
        {
            if (row.Kind == TableRowKind.Group && row.Cells.Length == 1)
            {
                html.Append("<tr class=\"group\"><td colspan=\"").Append(t.Header.Length).Append("\">").Append(E(row.Cells[0])).Append("</td></tr>\n");
                continue;
            }

            html.Append(row.Kind switch { TableRowKind.Group => "<tr class=\"group\">", TableRowKind.Total => "<tr class=\"total\">", _ => "<tr>" });
            for (var i = 0; i < row.Cells.Length; i++)
            {
                html.Append(t.NumericColumns.Contains(i) ? "<td class=\"num\">" : "<td>").Append(E(row.Cells[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        if (!t.Footnotes.IsEmpty)
        {
            html.Append("<ol class=\"footnotes\">\n");
            foreach (var note in t.Footnotes)
            {
                html.Append("<li>").Append(E(note)).Append("</li>\n");
            }

            html.Append("</ol>\n");
        }
    }

    private static void WriteRuns(StringBuilder html, IEnumerable<Run> runs)
    {
        foreach (var r in runs)
        {
            var text = E(r.Text);
            html.Append(r.Bold ? (r.Italic ? $"<strong><em>{text}</em></strong>" : $"<strong>{text}</strong>") : r.Italic ? $"<em>{text}</em>" : text);
        }
    }

    /// <summary>Escapes the markup characters only; the file is UTF-8, so "²" and "τ" stay readable.</summary>
    private static string E(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default:
                    if (c >= ' ' || c is '\n' or '\t')
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }
}
