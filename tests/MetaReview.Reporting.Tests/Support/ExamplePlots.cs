using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Plots.Prisma;
using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Reporting.Tests.Plots.Diagnostics;
using MetaReview.Reporting.Tests.Plots.Prisma;
using MetaReview.Reporting.Tests.Plots.RiskOfBias;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>Every kind of plot, drawn from the published examples, by name: the scenes the format tests render.</summary>
internal static class ExamplePlots
{
    /// <summary>
    /// The PRISMA and risk-of-bias examples. The PDF readers' tests also compare poppler's rendering of these pixel by
    /// pixel with rsvg-convert's.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<Scene>> Scenes { get; } = new Dictionary<string, Func<Scene>>
    {
        ["prisma-aeds2025"] = () => PrismaFlowDiagram.Create(PrismaExamples.Aeds2025),
        ["prisma-template"] = () => PrismaFlowDiagram.Create(PrismaExamples.Prisma2020PackageTemplate),
        ["rob2-traffic"] = () => TrafficLightPlot.Create(RiskOfBiasExamples.Pmc10196895Table3),
        ["rob2-summary"] = () => SummaryPlot.Create(RiskOfBiasExamples.Pmc10196895Table3),
        ["rob1-traffic"] = () => TrafficLightPlot.Create(RiskOfBiasExamples.Teirlinck2023Table2),
        ["robins-summary-weighted"] = () => SummaryPlot.Create(RiskOfBiasExamples.RobvisRobinsExample, new RiskOfBiasOptions { Weighted = true }),
    };

    /// <summary>
    /// The diagnostic plots of the BCG and Nielweise 2007 trials with metafor's numbers. Not in <see cref="Scenes"/>:
    /// poppler draws their many thin dotted lines and small labels darker or lighter than rsvg-convert (the influence
    /// panel differs in 1.5 % of the 4 × 4 cells, the Baujat plot's ink ratio is 0.85), beyond the pixel comparison's
    /// tolerances, although their PDF renders as cairo's PDF of the same SVG does.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<Scene>> Diagnostics { get; } = new Dictionary<string, Func<Scene>>
    {
        ["diag-baujat-bcg-fe"] = () => BaujatPlot.Create(BaujatPlotTests.Bcg(BcgDiagnostics.BaujatFeX, BcgDiagnostics.BaujatFeY)),
        ["diag-radial-bcg-reml"] = () => RadialPlot.Create(RadialPlotTests.BcgReml, new DiagnosticPlotOptions { LabelStudies = true }),
        ["diag-labbe-nielweise-or"] = () => LabbePlot.Create(LabbePlotTests.Nielweise(Statistics.EffectSizes.EffectMeasure.OR, Nielweise2007.OrEstimate)),
        ["diag-bubble-bcg-ablat"] = () => BubblePlot.Create(BubblePlotTests.BcgAblat),
        ["diag-gosh-bcg-fe"] = () => GoshPlot.Create(GoshPlotTests.BcgFixedEffect),
        ["diag-influence-bcg-fe"] = () => InfluencePanel.Create(InfluencePanelTests.BcgFixedEffect, new DiagnosticPlotOptions { Title = "Influence diagnostics, BCG trials (fixed effect)" }),
    };

    /// <summary>Every example: <see cref="Scenes"/> and <see cref="Diagnostics"/>.</summary>
    public static IReadOnlyDictionary<string, Func<Scene>> All { get; } = Scenes.Concat(Diagnostics).ToDictionary();
}
