using System.Globalization;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Axes;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>
/// The risk-of-bias summary plot: for each domain (and overall), a bar split into the percentages of
/// studies, or of meta-analysis weight when <see cref="RiskOfBiasOptions.Weighted"/>, at each judgement,
/// from least concern on the left to most on the right (no information last). Segments wide enough
/// carry the judgement's symbol; a percentage axis and the judgement key are drawn below.
/// </summary>
public static class SummaryPlot
{
    private const double Margin = 10;
    private const double LabelGap = 8;

    /// <summary>The share (0 to 100) of each judgement in each row: domains in order, then overall when every study has one.</summary>
    public static IReadOnlyList<(string Label, IReadOnlyDictionary<Judgement, double> Percent)> Shares(RiskOfBiasAssessment assessment, bool weighted)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        assessment.Validate();
        var studies = assessment.Studies;
        double Weight(StudyJudgements s) => !weighted
            ? 1
            : s.Weight ?? throw new ArgumentException($"weighted summary: study '{s.Study}' has no weight; give every study a weight or draw the unweighted summary", nameof(assessment));
        var total = studies.Sum(Weight);
        if (!(total > 0))
        {
            throw new ArgumentException($"weighted summary: the study weights add up to {total}; they must add up to more than 0", nameof(assessment));
        }

        var rows = new List<(string, IReadOnlyDictionary<Judgement, double>)>();
        IReadOnlyDictionary<Judgement, double> Row(Func<StudyJudgements, Judgement> pick) =>
            studies.GroupBy(pick).ToDictionary(g => g.Key, g => 100 * g.Sum(Weight) / total);
        for (var d = 0; d < assessment.Tool.Domains.Length; d++)
        {
            var domain = assessment.Tool.Domains[d];
            var index = d;
            rows.Add((domain.Code + ": " + domain.Name, Row(s => s.Domains[index])));
        }

        if (assessment.HasOverall)
        {
            rows.Add(("Overall risk of bias", Row(s => s.Overall!.Value)));
        }

        return rows;
    }

    /// <exception cref="ArgumentException">The assessment is invalid, or weighted without a weight for every study.</exception>
    public static Scene Create(RiskOfBiasAssessment assessment, RiskOfBiasOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var o = options ?? new RiskOfBiasOptions();
        var m = measurer ?? TextMeasurer.Default;
        var rows = Shares(assessment, o.Weighted);
        var tool = assessment.Tool;
        var text = new TextStyle(o.FontSize);
        var bold = text.AsBold();
        var width = o.Width ?? 560;

        // Labels take what they need up to 45 % of the width, wrapping beyond that.
        var labelWidth = Math.Min(rows.Max(r => m.Width(r.Label, text)), 0.45 * (width - 2 * Margin));
        var labels = rows.Select((r, i) => TextBlock.Create([new TextParagraph(r.Label, i == rows.Count - 1 && assessment.HasOverall ? bold : text)], labelWidth, m)).ToList();
        var barLeft = Margin + labelWidth + LabelGap;
        var barRight = width - Margin - m.Width("100%", text) / 2;
        if (barRight - barLeft < 80)
        {
            throw new ArgumentOutOfRangeException(nameof(options), $"a summary plot {width} pt wide leaves {barRight - barLeft:0} pt for the bars; make it wider");
        }

        var barHeight = o.FontSize * 1.9;
        var rowHeights = labels.Select(l => Math.Max(barHeight, l.Height) + o.FontSize * 0.7).ToList();
        var title = o.Title is null ? null : TextBlock.Create([new TextParagraph(o.Title, bold.WithSize(o.FontSize * 1.25))], width - 2 * Margin, m);
        var top = Margin + (title is null ? 0 : title.Height + 8);
        var bodyBottom = top + rowHeights.Sum();
        var axis = new Axis(Scale.Linear(0, 100, barLeft, barRight), [.. new[] { 0, 25, 50, 75, 100 }.Select(v => new Tick(v, v.ToString(CultureInfo.InvariantCulture) + "%"))]);
        var axisStyle = new AxisStyle(text, new Stroke(Color.Black, 0.75));
        var axisTitle = o.Weighted ? "Percentage of weight" : "Percentage of studies";

        // Measure the axis and legend on a scratch canvas: their height decides the figure's.
        var scratch = new Canvas(width, 1000, m);
        var axisBottom = AxisPainter.DrawHorizontal(scratch, axis, bodyBottom, axisStyle, axisTitle);
        var judgements = TrafficLightPlot.LegendJudgements(assessment);
        var legendTop = axisBottom + 12;
        var legendHeight = o.ShowLegend ? KeyHeight(judgements, width - 2 * Margin, o, m) : 0;
        var height = (o.ShowLegend ? legendTop + legendHeight : axisBottom) + Margin;

        var canvas = new Canvas(width, height, m);
        title?.Draw(canvas, Margin, Margin);
        var separator = new Stroke(Color.White, 0.75);
        var y = top;
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, percent) = rows[i];
            var rowHeight = rowHeights[i];
            var barTop = y + (rowHeight - barHeight) / 2;
            labels[i].Draw(canvas, Margin, y + (rowHeight - labels[i].Height) / 2);
            var x = barLeft;
            using (canvas.Group(o.IdPrefix + "-bar-" + (i + 1).ToString(CultureInfo.InvariantCulture), label))
            {
                foreach (var j in tool.AllJudgements)
                {
                    if (!percent.TryGetValue(j, out var p) || p <= 0)
                    {
                        continue;
                    }

                    var style = o.Palette[j];
                    var w = (barRight - barLeft) * p / 100;
                    using (canvas.Group(title: $"{label}: {style.Label} {p.ToString("0.#", CultureInfo.InvariantCulture)}%"))
                    {
                        canvas.Rectangle(new Rect(x, barTop, w, barHeight), style.Fill, separator);
                        var r = barHeight * 0.32;
                        if (w >= 2 * r + 4)
                        {
                            JudgementMarker.Symbol(canvas, x + w / 2, barTop + barHeight / 2, r, style.Symbol, style.SymbolColor);
                        }
                    }

                    x += w;
                }
            }

            y += rowHeight;
        }

        AxisPainter.DrawHorizontal(canvas, axis, bodyBottom, axisStyle, axisTitle);
        if (o.ShowLegend)
        {
            DrawKey(canvas, judgements, Margin, legendTop, width - 2 * Margin, o);
        }

        return canvas.ToScene(
            $"{tool.Name} risk-of-bias summary plot",
            $"Percentage of {(o.Weighted ? "meta-analysis weight" : "studies")} at each risk-of-bias judgement ({tool.Name}), by domain, for {assessment.Studies.Length} studies.",
            o.IdPrefix);
    }

    /// <summary>The key in rows of (marker, label) items, wrapped to the width.</summary>
    private static List<List<(Judgement Judgement, double Width)>> KeyLines(IReadOnlyList<Judgement> judgements, double width, RiskOfBiasOptions o, TextMeasurer m)
    {
        var text = new TextStyle(o.FontSize);
        var r = o.FontSize * 0.6;
        var lines = new List<List<(Judgement, double)>> { new() };
        var used = 0.0;
        foreach (var j in judgements)
        {
            var itemWidth = 2 * r + 4 + m.Width(o.Palette[j].Label, text);
            if (lines[^1].Count > 0 && used + 14 + itemWidth > width)
            {
                lines.Add([]);
                used = 0;
            }

            used += (lines[^1].Count > 0 ? 14 : 0) + itemWidth;
            lines[^1].Add((j, itemWidth));
        }

        return lines;
    }

    private static double KeyHeight(IReadOnlyList<Judgement> judgements, double width, RiskOfBiasOptions o, TextMeasurer m) =>
        KeyLines(judgements, width, o, m).Count * (Math.Max(1.2 * o.FontSize, m.LineBoxHeight(new TextStyle(o.FontSize))) + 4);

    private static void DrawKey(Canvas canvas, IReadOnlyList<Judgement> judgements, double left, double top, double width, RiskOfBiasOptions o)
    {
        var m = canvas.Measurer;
        var text = new TextStyle(o.FontSize);
        var r = o.FontSize * 0.6;
        var lineHeight = Math.Max(1.2 * o.FontSize, m.LineBoxHeight(text)) + 4;
        var y = top;
        using (canvas.Group(o.IdPrefix + "-legend", "Judgement"))
        {
            foreach (var line in KeyLines(judgements, width, o, m))
            {
                var lineWidth = line.Sum(i => i.Width) + 14 * (line.Count - 1);
                var x = left + (width - lineWidth) / 2;
                foreach (var (j, itemWidth) in line)
                {
                    var style = o.Palette[j];
                    JudgementMarker.Circle(canvas, x + r, y + lineHeight / 2, r, style);
                    canvas.Text(style.Label, x + 2 * r + 4, y + lineHeight / 2, text, TextAnchor.Start, TextBaseline.Middle);
                    x += itemWidth + 14;
                }

                y += lineHeight;
            }
        }
    }
}
