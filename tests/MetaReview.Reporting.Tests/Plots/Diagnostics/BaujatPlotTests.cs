using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Tests.Snapshots;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

public class BaujatPlotTests
{
    internal static IReadOnlyList<BaujatStudy> Bcg(double[] x, double[] y) =>
        [.. BcgDiagnostics.Labels.Select((l, i) => new BaujatStudy(l, x[i], y[i]))];

    /// <summary>metafor's baujat(fe) for the BCG trials: TPT Madras and Hart &amp; Sutherland drive the heterogeneity.</summary>
    [Fact]
    public void BcgFixedEffect_LabelsEveryStudyWithoutOverlap()
    {
        var scene = BaujatPlot.Create(Bcg(BcgDiagnostics.BaujatFeX, BcgDiagnostics.BaujatFeY));
        var svg = PlotChecks.Svg(scene);
        PlotChecks.AssertClean(scene);
        SnapshotAssert.Matches(svg, "diag-baujat-bcg-fe");
        Gallery.Save(scene, "diag-baujat-bcg-fe");
    }

    [Fact]
    public void BcgRandomEffects_LabelsEveryStudyWithoutOverlap()
    {
        var scene = BaujatPlot.Create(Bcg(BcgDiagnostics.BaujatReX, BcgDiagnostics.BaujatReY), new DiagnosticPlotOptions { Title = "Baujat plot, BCG trials (REML)" });
        PlotChecks.AssertClean(scene);
        Gallery.Save(scene, "diag-baujat-bcg-reml");
    }
}
