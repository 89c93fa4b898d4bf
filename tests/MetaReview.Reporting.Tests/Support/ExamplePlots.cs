using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Plots.Prisma;
using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Reporting.Tests.Plots.Prisma;
using MetaReview.Reporting.Tests.Plots.RiskOfBias;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>Every kind of plot, drawn from the published examples, by name: the scenes the format tests render.</summary>
internal static class ExamplePlots
{
    public static IReadOnlyDictionary<string, Func<Scene>> Scenes { get; } = new Dictionary<string, Func<Scene>>
    {
        ["prisma-aeds2025"] = () => PrismaFlowDiagram.Create(PrismaExamples.Aeds2025),
        ["prisma-template"] = () => PrismaFlowDiagram.Create(PrismaExamples.Prisma2020PackageTemplate),
        ["rob2-traffic"] = () => TrafficLightPlot.Create(RiskOfBiasExamples.Pmc10196895Table3),
        ["rob2-summary"] = () => SummaryPlot.Create(RiskOfBiasExamples.Pmc10196895Table3),
        ["rob1-traffic"] = () => TrafficLightPlot.Create(RiskOfBiasExamples.Teirlinck2023Table2),
        ["robins-summary-weighted"] = () => SummaryPlot.Create(RiskOfBiasExamples.RobvisRobinsExample, new RiskOfBiasOptions { Weighted = true }),
    };
}
