using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>
/// The risk-of-bias "traffic-light" plot: one row per study, one circle per domain (and the overall
/// judgement when every study has one), each with the judgement's colour and symbol; the domain names
/// and the judgement key below. Study names are measured, so the name column is exactly as wide as
/// the longest name, or wraps when a width is imposed.
/// </summary>
public static class TrafficLightPlot
{
    private const double Margin = 10;
    private const double NameGap = 10;

    /// <exception cref="ArgumentException">The assessment is invalid (see <see cref="RiskOfBiasAssessment.Validate"/>) or the width is too small.</exception>
    public static Scene Create(RiskOfBiasAssessment assessment, RiskOfBiasOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        assessment.Validate();
        var o = options ?? new RiskOfBiasOptions();
        var m = measurer ?? TextMeasurer.Default;
        var tool = assessment.Tool;
        var text = new TextStyle(o.FontSize);
        var bold = text.AsBold();
        var r = o.CircleRadius ?? o.FontSize * 0.95;
        var cell = 2 * r + 6;

        // Columns: the domains, then "Overall".
        var headers = tool.Domains.Select(d => d.Code).ToList();
        if (assessment.HasOverall)
        {
            headers.Add("Overall");
        }

        var columnWidths = headers.Select(h => Math.Max(cell, m.Width(h, bold) + 6)).ToArray();
        var gridWidth = columnWidths.Sum();

        // The name column: as wide as the longest name, or what an imposed width leaves.
        var naturalNameWidth = Math.Max(m.Width("Study", bold), assessment.Studies.Max(s => m.Width(s.Study, text)));
        var nameWidth = naturalNameWidth;
        if (o.Width is { } imposed)
        {
            var available = imposed - 2 * Margin - NameGap - gridWidth;
            if (available < Math.Min(naturalNameWidth, 4 * o.FontSize))
            {
                throw new ArgumentOutOfRangeException(nameof(options), $"a traffic-light plot {imposed} pt wide leaves {available:0.#} pt for study names; it needs at least {2 * Margin + NameGap + gridWidth + Math.Min(naturalNameWidth, 4 * o.FontSize):0} pt");
            }

            nameWidth = Math.Min(naturalNameWidth, available);
        }

        var width = o.Width ?? Math.Max(2 * Margin + nameWidth + NameGap + gridWidth, 380);
        var names = assessment.Studies.Select(s => TextBlock.Create([new TextParagraph(s.Study, text)], nameWidth, m)).ToList();
        var rowHeights = names.Select(n => Math.Max(cell, n.Height + 4)).ToList();

        var title = o.Title is null ? null : TextBlock.Create([new TextParagraph(o.Title, bold.WithSize(o.FontSize * 1.25))], width - 2 * Margin, m);
        var gridLeft = Margin + nameWidth + NameGap;
        var y = Margin + (title is null ? 0 : title.Height + 8);
        var spanTop = y;
        var spanHeight = m.LineBoxHeight(bold) + 4;
        var headerTop = spanTop + spanHeight;
        var headerHeight = m.LineBoxHeight(bold) + 6;
        var bodyTop = headerTop + headerHeight;
        var bodyBottom = bodyTop + rowHeights.Sum();
        var judgements = LegendJudgements(assessment);
        var legendTop = bodyBottom + 14;
        var legendHeight = o.ShowLegend ? RiskOfBiasLegend.Measure(tool, judgements, true, width - 2 * Margin, o, m) : 0;
        var height = (o.ShowLegend ? legendTop + legendHeight : bodyBottom) + Margin;

        var canvas = new Canvas(width, height, m);
        title?.Draw(canvas, Margin, Margin);
        var rule = new Stroke(Color.FromHex("#7f7f7f"), 0.5);
        var zebra = Color.FromHex("#f2f2f2");

        // Headers: "Risk of bias domains" over the domain columns, then the codes and "Overall".
        var domainsWidth = columnWidths.Take(tool.Domains.Length).Sum();
        canvas.Text("Risk of bias domains", gridLeft + domainsWidth / 2, spanTop + spanHeight / 2, bold, TextAnchor.Middle, TextBaseline.Middle);
        canvas.Line(gridLeft + 2, spanTop + spanHeight, gridLeft + domainsWidth - 2, spanTop + spanHeight, rule);
        canvas.Text("Study", Margin, headerTop + headerHeight / 2, bold, TextAnchor.Start, TextBaseline.Middle);
        var x = gridLeft;
        var centres = new double[headers.Count];
        for (var c = 0; c < headers.Count; c++)
        {
            centres[c] = x + columnWidths[c] / 2;
            canvas.Text(headers[c], centres[c], headerTop + headerHeight / 2, bold, TextAnchor.Middle, TextBaseline.Middle);
            x += columnWidths[c];
        }

        canvas.Line(Margin, bodyTop, gridLeft + gridWidth, bodyTop, rule);

        // Rows.
        var rowTop = bodyTop;
        for (var i = 0; i < assessment.Studies.Length; i++)
        {
            var study = assessment.Studies[i];
            var h = rowHeights[i];
            using (canvas.Group(o.IdPrefix + "-study-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), study.Study))
            {
                if (i % 2 == 1)
                {
                    canvas.Rectangle(new Rect(Margin, rowTop, gridLeft + gridWidth - Margin, h), zebra);
                }

                names[i].Draw(canvas, Margin, rowTop + (h - names[i].Height) / 2);
                for (var c = 0; c < headers.Count; c++)
                {
                    var judgement = c < tool.Domains.Length ? study.Domains[c] : study.Overall!.Value;
                    var style = o.Palette[judgement];
                    var domain = c < tool.Domains.Length ? tool.Domains[c].Code + " " + tool.Domains[c].Name : "Overall";
                    using (canvas.Group(title: $"{study.Study}, {domain}: {style.Label}"))
                    {
                        JudgementMarker.Circle(canvas, centres[c], rowTop + h / 2, r, style);
                    }
                }
            }

            rowTop += h;
        }

        canvas.Line(Margin, bodyBottom, gridLeft + gridWidth, bodyBottom, rule);
        if (assessment.HasOverall)
        {
            var overallLeft = gridLeft + domainsWidth;
            canvas.Line(overallLeft, headerTop + 2, overallLeft, bodyBottom, rule);
        }

        if (o.ShowLegend)
        {
            RiskOfBiasLegend.Draw(canvas, tool, judgements, true, Margin, legendTop, width - 2 * Margin, o);
        }

        return canvas.ToScene(
            $"{tool.Name} risk-of-bias traffic-light plot",
            $"Risk-of-bias judgements ({tool.Name}) for {assessment.Studies.Length} studies across {tool.Domains.Length} domains{(assessment.HasOverall ? " and overall" : string.Empty)}.",
            o.IdPrefix);
    }

    /// <summary>The tool's whole scale in the key, except "no information" when no study uses it.</summary>
    internal static List<Judgement> LegendJudgements(RiskOfBiasAssessment assessment) =>
        assessment.Tool.AllJudgements
            .Where(j => j != Judgement.NoInformation || assessment.Studies.Any(s => s.Domains.Contains(j) || s.Overall == j))
            .Where(j => assessment.Tool.Judgements.Contains(j) || assessment.HasOverall)
            .ToList();
}
