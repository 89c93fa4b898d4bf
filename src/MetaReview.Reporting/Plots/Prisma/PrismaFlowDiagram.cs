using System.Collections.Immutable;
using System.Text;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Prisma;

/// <summary>
/// Draws the PRISMA 2020 flow diagram for new systematic reviews (Page MJ, McKenzie JE, Bossuyt PM, et al.
/// The PRISMA 2020 statement: an updated guideline for reporting systematic reviews. BMJ 2021;372:n71,
/// Figure 1): the databases-and-registers column with its side column of removals and exclusions and,
/// when <see cref="PrismaCounts.OtherMethods"/> is given, the other-methods column. Boxes are sized to
/// their text, rows share a height, and phase labels (Identification, Screening, Included) run down
/// the left edge.
/// </summary>
public static class PrismaFlowDiagram
{
    /// <summary>The citation the PRISMA template carries, for <see cref="PrismaOptions.Footnote"/>.</summary>
    public const string TemplateCitation =
        "From: Page MJ, McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement: an updated guideline for reporting systematic reviews. BMJ 2021;372:n71. doi: 10.1136/bmj.n71";

    private const double Margin = 10;
    private const double PhaseWidth = 20;
    private const double PhaseGap = 10;
    private const double ColumnGap = 26;
    private const double RowGap = 18;
    private const double Padding = 5;
    private const double Indent = 8;
    private const double ArrowHead = 5;

    /// <exception cref="ArgumentException">A count is negative or a name is missing (see <see cref="PrismaCounts.Validate"/>).</exception>
    public static Scene Create(PrismaCounts counts, PrismaOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        counts.Validate();
        var o = options ?? new PrismaOptions();
        var m = measurer ?? TextMeasurer.Default;
        var text = new TextStyle(o.FontSize);
        var bold = text.AsBold();
        var other = counts.OtherMethods;
        var columns = other is null ? 2 : 4;
        var width = o.Width ?? (other is null ? 480 : 720);
        var columnWidth = (width - 2 * Margin - PhaseWidth - PhaseGap - (columns - 1) * ColumnGap) / columns;
        if (columnWidth < 4 * o.FontSize)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"a PRISMA diagram {width} pt wide leaves {columnWidth:0.#} pt per column at {o.FontSize} pt text; make it wider or the text smaller");
        }

        double ColumnLeft(int c) => Margin + PhaseWidth + PhaseGap + c * (columnWidth + ColumnGap);
        TextBlock Block(IEnumerable<TextParagraph> paragraphs) => TextBlock.Create(paragraphs, columnWidth - 2 * Padding, m);
        TextParagraph P(string s, double indent = 0, TextStyle? style = null) => new(s, style ?? text, indent);

        // Box contents, by row (0 identification, 1 screened, 2 sought, 3 assessed, 4 included) and column.
        var boxes = new Dictionary<(int Row, int Column), Box>();
        void Put(int row, int column, string id, IEnumerable<TextParagraph> paragraphs, bool otherColumn = false) =>
            boxes[(row, column)] = new Box(id, Block(paragraphs), otherColumn);

        Put(0, 0, "identified", Identified(counts, P));
        var removals = new List<TextParagraph> { P("Records removed before screening:") };
        if (counts.DuplicatesRemoved is { } duplicates)
        {
            removals.Add(P("Duplicate records removed " + PlotText.N(duplicates), Indent));
        }

        if (counts.MarkedIneligibleByAutomation is { } automation)
        {
            removals.Add(P("Records marked as ineligible by automation tools " + PlotText.N(automation), Indent));
        }

        if (counts.RemovedForOtherReasons is { } otherReasons)
        {
            removals.Add(P("Records removed for other reasons " + PlotText.N(otherReasons), Indent));
        }

        if (removals.Count > 1)
        {
            Put(0, 1, "removed", removals);
        }

        Put(1, 0, "screened", [P("Records screened " + PlotText.N(counts.RecordsScreened))]);
        Put(1, 1, "records-excluded", [P("Records excluded " + PlotText.N(counts.RecordsExcluded))]);
        Put(2, 0, "sought", [P("Reports sought for retrieval " + PlotText.N(counts.ReportsSought))]);
        Put(2, 1, "not-retrieved", [P("Reports not retrieved " + PlotText.N(counts.ReportsNotRetrieved))]);
        Put(3, 0, "assessed", [P("Reports assessed for eligibility " + PlotText.N(counts.ReportsAssessed))]);
        Put(3, 1, "reports-excluded", Excluded(counts.ReportsExcluded, P));
        var included = new List<TextParagraph> { P("Studies included in review " + PlotText.N(counts.StudiesIncluded)) };
        if (counts.ReportsOfIncludedStudies is { } reports)
        {
            included.Add(P("Reports of included studies " + PlotText.N(reports)));
        }

        Put(4, 0, "included", included);
        if (other is not null)
        {
            Put(0, 2, "other-identified", [P("Records identified from:"), .. other.Sources.Select(s => P(s.Name + " " + PlotText.N(s.Count), Indent))], otherColumn: true);
            Put(2, 2, "other-sought", [P("Reports sought for retrieval " + PlotText.N(other.ReportsSought))], otherColumn: true);
            Put(2, 3, "other-not-retrieved", [P("Reports not retrieved " + PlotText.N(other.ReportsNotRetrieved))], otherColumn: true);
            Put(3, 2, "other-assessed", [P("Reports assessed for eligibility " + PlotText.N(other.ReportsAssessed))], otherColumn: true);
            Put(3, 3, "other-reports-excluded", Excluded(other.ReportsExcluded, P), otherColumn: true);
        }

        // Row heights: the tallest box, and tall enough for a phase label written along it.
        var phaseLabels = new[] { "Identification", "Screening", "Included" };
        var rowHeights = new double[5];
        for (var r = 0; r < 5; r++)
        {
            rowHeights[r] = boxes.Where(b => b.Key.Row == r).Select(b => b.Value.Text.Height + 2 * Padding).DefaultIfEmpty(0).Max();
        }

        rowHeights[0] = Math.Max(rowHeights[0], m.Width(phaseLabels[0], bold) + 2 * Padding);
        rowHeights[4] = Math.Max(rowHeights[4], m.Width(phaseLabels[2], bold) + 2 * Padding);
        var screeningSpan = rowHeights[1] + rowHeights[2] + rowHeights[3] + 2 * RowGap;
        if (screeningSpan < m.Width(phaseLabels[1], bold) + 2 * Padding)
        {
            rowHeights[2] += m.Width(phaseLabels[1], bold) + 2 * Padding - screeningSpan;
        }

        // Vertical layout: optional title, column headers, five rows, optional footnote.
        var y = Margin;
        TextBlock? title = o.Title is null ? null : TextBlock.Create([new TextParagraph(o.Title, bold.WithSize(o.FontSize * 1.3))], width - 2 * Margin, m);
        var titleTop = y;
        if (title is not null)
        {
            y += title.Height + RowGap / 2;
        }

        var headerSpan = 2 * columnWidth + ColumnGap;
        var headers = new List<(string Id, TextBlock Text, double Left, Color Fill)>
        {
            ("header-databases", TextBlock.Create([new TextParagraph("Identification of studies via databases and registers", bold)], headerSpan - 2 * Padding, m), ColumnLeft(0), o.DatabasesHeaderFill),
        };
        if (other is not null)
        {
            headers.Add(("header-other", TextBlock.Create([new TextParagraph("Identification of studies via other methods", bold)], headerSpan - 2 * Padding, m), ColumnLeft(2), o.OtherMethodsHeaderFill));
        }

        var headerTop = y;
        var headerHeight = headers.Max(h => h.Text.Height) + 2 * Padding;
        y += headerHeight + RowGap;
        var rowTops = new double[5];
        for (var r = 0; r < 5; r++)
        {
            rowTops[r] = y;
            y += rowHeights[r] + (r < 4 ? RowGap : 0);
        }

        var contentBottom = y;
        TextBlock? footnote = o.Footnote is null ? null : TextBlock.Create([new TextParagraph(o.Footnote, text.WithSize(o.FontSize * 0.85))], width - 2 * Margin, m);
        var height = contentBottom + Margin + (footnote is null ? 0 : RowGap / 2 + footnote.Height);

        var canvas = new Canvas(width, height, m);
        var stroke = new Stroke(o.BoxStroke, 0.75);
        var arrowStroke = new Stroke(o.ArrowColor, 0.75);
        title?.Draw(canvas, Margin, titleTop);
        foreach (var (id, block, left, fill) in headers)
        {
            using (canvas.Group(o.IdPrefix + "-" + id, block.PlainText()))
            {
                canvas.Rectangle(new Rect(left, headerTop, headerSpan, headerHeight), fill, stroke, 3);
                block.Draw(canvas, left + headerSpan / 2, headerTop + (headerHeight - block.Height) / 2, TextAnchor.Middle);
            }
        }

        // Phase labels.
        var phases = new[] { (Top: rowTops[0], Bottom: rowTops[0] + rowHeights[0]), (Top: rowTops[1], Bottom: rowTops[3] + rowHeights[3]), (Top: rowTops[4], Bottom: rowTops[4] + rowHeights[4]) };
        for (var p = 0; p < phases.Length; p++)
        {
            using (canvas.Group(o.IdPrefix + "-phase-" + phaseLabels[p].ToLowerInvariant(), phaseLabels[p]))
            {
                var bar = Rect.FromEdges(Margin, phases[p].Top, Margin + PhaseWidth, phases[p].Bottom);
                canvas.Rectangle(bar, o.PhaseFill, stroke, 3);
                canvas.Text(phaseLabels[p], bar.Center.X, bar.Center.Y, bold, TextAnchor.Middle, TextBaseline.Middle, -90);
            }
        }

        // Boxes.
        var rects = new Dictionary<(int Row, int Column), Rect>();
        foreach (var ((row, column), box) in boxes.OrderBy(b => b.Key.Column).ThenBy(b => b.Key.Row))
        {
            var rect = new Rect(ColumnLeft(column), rowTops[row], columnWidth, rowHeights[row]);
            rects[(row, column)] = rect;
            using (canvas.Group(o.IdPrefix + "-" + box.Id, box.Text.PlainText()))
            {
                canvas.Rectangle(rect, box.OtherColumn ? o.OtherMethodsBoxFill : o.BoxFill, stroke);
                box.Text.Draw(canvas, rect.Left + Padding, rect.Top + (rect.Height - box.Text.Height) / 2);
            }
        }

        // Arrows: down the main columns, across to the side columns, and from the other methods into "included".
        using (canvas.Group(o.IdPrefix + "-arrows"))
        {
            void Down(int column, int fromRow, int toRow)
            {
                if (rects.TryGetValue((fromRow, column), out var from) && rects.TryGetValue((toRow, column), out var to))
                {
                    Arrow(canvas, arrowStroke, [new Point(from.Center.X, from.Bottom), new Point(to.Center.X, to.Top)]);
                }
            }

            void Across(int row, int fromColumn)
            {
                if (rects.TryGetValue((row, fromColumn), out var from) && rects.TryGetValue((row, fromColumn + 1), out var to))
                {
                    Arrow(canvas, arrowStroke, [new Point(from.Right, from.Center.Y), new Point(to.Left, from.Center.Y)]);
                }
            }

            Down(0, 0, 1);
            Down(0, 1, 2);
            Down(0, 2, 3);
            Down(0, 3, 4);
            for (var r = 0; r < 4; r++)
            {
                Across(r, 0);
            }

            if (other is not null)
            {
                Down(2, 0, 2);
                Down(2, 2, 3);
                Across(2, 2);
                Across(3, 2);
                var from = rects[(3, 2)];
                var to = rects[(4, 0)];
                Arrow(canvas, arrowStroke, [new Point(from.Center.X, from.Bottom), new Point(from.Center.X, to.Center.Y), new Point(to.Right, to.Center.Y)]);
            }
        }

        if (footnote is not null)
        {
            footnote.Draw(canvas, Margin, contentBottom + RowGap / 2);
        }

        return canvas.ToScene("PRISMA 2020 flow diagram", Describe(counts), o.IdPrefix);
    }

    private static IEnumerable<TextParagraph> Identified(PrismaCounts counts, Func<string, double, TextStyle?, TextParagraph> p)
    {
        yield return p("Records identified from:", 0, null);
        foreach (var line in Sources("Databases", counts.Databases, p))
        {
            yield return line;
        }

        if (!counts.Registers.IsDefaultOrEmpty)
        {
            foreach (var line in Sources("Registers", counts.Registers, p))
            {
                yield return line;
            }
        }
    }

    private static IEnumerable<TextParagraph> Sources(string kind, ImmutableArray<SourceCount> sources, Func<string, double, TextStyle?, TextParagraph> p)
    {
        yield return p(kind + " " + PlotText.N(sources.Sum(s => s.Count)), Indent, null);
        if (sources.Any(s => s.Name is not null))
        {
            foreach (var s in sources)
            {
                yield return p((s.Name ?? "Other") + " " + PlotText.N(s.Count), 2 * Indent, null);
            }
        }
    }

    private static List<TextParagraph> Excluded(ImmutableArray<ReasonCount> reasons, Func<string, double, TextStyle?, TextParagraph> p)
    {
        var list = new List<TextParagraph>();
        var all = reasons.IsDefault ? [] : reasons;
        list.Add(p(all.IsEmpty ? "Reports excluded (n = 0)" : "Reports excluded:", 0, null));
        list.AddRange(all.Select(r => p(r.Reason + " " + PlotText.N(r.Count), Indent, null)));
        return list;
    }

    private static string Describe(PrismaCounts c)
    {
        var sb = new StringBuilder();
        sb.Append("Records identified from databases: ").Append(PlotText.Count(c.DatabaseTotal));
        if (!c.Registers.IsDefaultOrEmpty)
        {
            sb.Append("; from registers: ").Append(PlotText.Count(c.RegisterTotal));
        }

        if (c.OtherMethods is { } other)
        {
            sb.Append("; by other methods: ").Append(PlotText.Count(other.Sources.Sum(s => s.Count)));
        }

        sb.Append(". Records screened: ").Append(PlotText.Count(c.RecordsScreened))
            .Append(", excluded: ").Append(PlotText.Count(c.RecordsExcluded))
            .Append(". Reports assessed for eligibility: ").Append(PlotText.Count(c.ReportsAssessed + (c.OtherMethods?.ReportsAssessed ?? 0)))
            .Append(". Studies included in review: ").Append(PlotText.Count(c.StudiesIncluded)).Append('.');
        return sb.ToString();
    }

    private static void Arrow(Canvas canvas, Stroke stroke, Point[] points)
    {
        var end = points[^1];
        var before = points[^2];
        var dx = end.X - before.X;
        var dy = end.Y - before.Y;
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (length < ArrowHead)
        {
            return;
        }

        var (ux, uy) = (dx / length, dy / length);
        var baseCenter = new Point(end.X - ux * ArrowHead, end.Y - uy * ArrowHead);
        var shaft = points[..^1].Append(baseCenter).ToArray();
        canvas.Polyline(shaft, stroke);
        canvas.Polygon(
            [end, new Point(baseCenter.X - uy * ArrowHead / 2, baseCenter.Y + ux * ArrowHead / 2), new Point(baseCenter.X + uy * ArrowHead / 2, baseCenter.Y - ux * ArrowHead / 2)],
            stroke.Color);
    }

    private sealed record Box(string Id, TextBlock Text, bool OtherColumn);
}
