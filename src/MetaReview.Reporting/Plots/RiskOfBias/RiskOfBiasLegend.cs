using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>The legends under the risk-of-bias plots: domain codes with their names, and the judgement key.</summary>
internal static class RiskOfBiasLegend
{
    private const double Gap = 16;

    /// <summary>Height the legends need at this width.</summary>
    public static double Measure(RiskOfBiasTool tool, IReadOnlyList<Judgement> judgements, bool showDomains, double width, RiskOfBiasOptions o, TextMeasurer m) =>
        Layout(tool, judgements, showDomains, width, o, m).Height;

    /// <summary>Draws the legends with their top-left at (<paramref name="left"/>, <paramref name="top"/>); returns the bottom.</summary>
    public static double Draw(Canvas canvas, RiskOfBiasTool tool, IReadOnlyList<Judgement> judgements, bool showDomains, double left, double top, double width, RiskOfBiasOptions o)
    {
        var layout = Layout(tool, judgements, showDomains, width, o, canvas.Measurer);
        var r = o.FontSize * 0.6;
        if (layout.Domains is { } domains)
        {
            using (canvas.Group(o.IdPrefix + "-legend-domains", "Domains"))
            {
                domains.Draw(canvas, left, top);
            }
        }

        using (canvas.Group(o.IdPrefix + "-legend-judgements", "Judgement"))
        {
            var x = left + layout.JudgementLeft;
            var y = top + layout.JudgementTop;
            layout.JudgementTitle.Draw(canvas, x, y);
            y += layout.JudgementTitle.Height + 3;
            var line = canvas.Measurer.LineBoxHeight(new TextStyle(o.FontSize));
            var rowHeight = Math.Max(2 * r, line) + 3;
            foreach (var j in judgements)
            {
                var style = o.Palette[j];
                JudgementMarker.Circle(canvas, x + r, y + rowHeight / 2, r, style);
                canvas.Text(style.Label, x + 2 * r + 5, y + rowHeight / 2, new TextStyle(o.FontSize), TextAnchor.Start, TextBaseline.Middle);
                y += rowHeight;
            }
        }

        return top + layout.Height;
    }

    private static LegendLayout Layout(RiskOfBiasTool tool, IReadOnlyList<Judgement> judgements, bool showDomains, double width, RiskOfBiasOptions o, TextMeasurer m)
    {
        var text = new TextStyle(o.FontSize);
        var bold = text.AsBold();
        var r = o.FontSize * 0.6;
        var title = TextBlock.Create([new TextParagraph("Judgement", bold)], width, m);
        var line = m.LineBoxHeight(text);
        var judgementWidth = Math.Max(title.Width, judgements.Max(j => 2 * r + 5 + m.Width(o.Palette[j].Label, text)));
        var judgementHeight = title.Height + 3 + judgements.Count * (Math.Max(2 * r, line) + 3);
        if (!showDomains)
        {
            return new LegendLayout(null, title, 0, 0, judgementHeight);
        }

        // Domains on the left, the key on the right; stacked when the domains would get too narrow.
        var sideBySide = width - judgementWidth - Gap >= Math.Min(260, width * 0.55);
        var domainWidth = sideBySide ? width - judgementWidth - Gap : width;
        var paragraphs = new List<TextParagraph> { new("Domains", bold) };
        paragraphs.AddRange(tool.Domains.Select(d => new TextParagraph(d.Code + ": " + d.Name, text)));
        var domains = TextBlock.Create(paragraphs, domainWidth, m, lineSpacing: 1.25);
        return sideBySide
            ? new LegendLayout(domains, title, width - judgementWidth, 0, Math.Max(domains.Height, judgementHeight))
            : new LegendLayout(domains, title, 0, domains.Height + Gap / 2, domains.Height + Gap / 2 + judgementHeight);
    }

    private sealed record LegendLayout(TextBlock? Domains, TextBlock JudgementTitle, double JudgementLeft, double JudgementTop, double Height);
}
