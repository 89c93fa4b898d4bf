using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Tests.Support;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

public class LabbePlotTests
{
    internal static LabbeInput Bcg(EffectMeasure measure, double estimate) => new(
        [.. BcgDiagnostics.Labels.Select((l, i) => new LabbeStudy(l, (BinaryArms)PublishedData.Bcg[i].Data))],
        measure,
        estimate);

    internal static LabbeInput Nielweise(EffectMeasure measure, double estimate) => new(
        [.. PublishedData.NielWeise2007.Select(s => new LabbeStudy(s.Study, (BinaryArms)s.Data))],
        measure,
        estimate);

    public static TheoryData<EffectMeasure> Measures => [EffectMeasure.RR, EffectMeasure.OR, EffectMeasure.RD];

    /// <summary>Risks (RR, RD) and odds (OR) are metafor's labbe(res, transf=exp) coordinates.</summary>
    [Theory]
    [MemberData(nameof(Measures))]
    public void Bcg_PointsAreMetaforsLabbe(EffectMeasure measure)
    {
        var (x, y, estimate) = measure switch
        {
            EffectMeasure.RR => (BcgDiagnostics.LabbeRrX, BcgDiagnostics.LabbeRrY, BcgDiagnostics.RrEstimate),
            EffectMeasure.OR => (BcgDiagnostics.LabbeOrX, BcgDiagnostics.LabbeOrY, BcgDiagnostics.OrEstimate),
            _ => (BcgDiagnostics.LabbeRdX, BcgDiagnostics.LabbeRdY, BcgDiagnostics.RdEstimate),
        };
        AssertPoints(x, y, LabbePlot.Points(Bcg(measure, estimate)));
        DiagnosticChecks.Check(LabbePlot.Create(Bcg(measure, estimate)), "diag-labbe-bcg-" + measure.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// Nielweise 2007 has arms without events and a trial without events in either arm (Yucel 2004): metafor adds
    /// 0.5 to the events and non-events of each such arm, and so do we, for RR, OR and RD alike.
    /// </summary>
    [Theory]
    [MemberData(nameof(Measures))]
    public void Nielweise2007_ZeroArmsAreCorrectedAsMetaforDoes(EffectMeasure measure)
    {
        var (x, y, vi, estimate) = measure switch
        {
            EffectMeasure.RR => (Nielweise2007.LabbeRrX, Nielweise2007.LabbeRrY, Nielweise2007.ViRr, Nielweise2007.RrEstimate),
            EffectMeasure.OR => (Nielweise2007.LabbeOrX, Nielweise2007.LabbeOrY, Nielweise2007.ViOr, Nielweise2007.OrEstimate),
            _ => (Nielweise2007.LabbeRdX, Nielweise2007.LabbeRdY, Nielweise2007.ViRd, Nielweise2007.RdEstimate),
        };
        var points = LabbePlot.Points(Nielweise(measure, estimate));
        AssertPoints(x, y, points);
        for (var i = 0; i < points.Length; i++)
        {
            Assert.Equal(1 / vi[i], points[i].Weight, 1e-9 / vi[i]);
        }

        var scene = LabbePlot.Create(Nielweise(measure, estimate), new DiagnosticPlotOptions { LabelStudies = true });
        DiagnosticChecks.Check(scene, "diag-labbe-nielweise2007-" + measure.ToString().ToLowerInvariant());
        Assert.Equal(18, BaujatPlotTests.Texts(scene, "labbe-labels").Count);
    }

    /// <summary>Without given weights a study's circle area is its inverse-variance weight, 1/vi.</summary>
    [Fact]
    public void Bcg_DefaultWeightsAreInverseVariances()
    {
        var points = LabbePlot.Points(Bcg(EffectMeasure.RR, BcgDiagnostics.RrEstimate));
        for (var i = 0; i < points.Length; i++)
        {
            Assert.Equal(1 / BcgDiagnostics.Vi[i], points[i].Weight, 1e-9);
        }
    }

    [Fact]
    public void BcgRr_WithRandomEffectsWeights_Snapshot()
    {
        var input = Bcg(EffectMeasure.RR, BcgDiagnostics.RrEstimate);
        var scene = LabbePlot.Create(input with { Studies = [.. input.Studies.Select((s, i) => s with { Weight = BcgDiagnostics.ReWeight[i] })] });
        var svg = DiagnosticChecks.Check(scene, "diag-labbe-bcg-rr-reml-weights", "diag-labbe-bcg-rr");
        Assert.Contains("Pooled RR 0.489", SvgDocument.Texts(svg));
        Assert.Equal(13, scene.Elements.OfType<GroupElement>().Single(g => g.Id == "labbe-studies").Children.Length);
    }

    [Fact]
    public void BadInput_IsNamed()
    {
        var e = Assert.Throws<ArgumentException>(() => LabbePlot.Create(Bcg(EffectMeasure.MD, 0)));
        Assert.StartsWith("L'Abbé plot: measure MD is not a two-arm binary measure; use RR, OR, PETO or RD", e.Message, StringComparison.Ordinal);
        var input = Bcg(EffectMeasure.RR, 0);
        var studies = input.Studies.SetItem(0, input.Studies[0] with { Arms = new BinaryArms(130, 123, 11, 139) });
        e = Assert.Throws<ArgumentException>(() => LabbePlot.Create(input with { Studies = studies }));
        Assert.StartsWith("L'Abbé plot: study 'Aronson, 1948': experimental arm has 130 events of 123; need a total > 0 and 0 ≤ events ≤ total", e.Message, StringComparison.Ordinal);
    }

    private static void AssertPoints(double[] x, double[] y, IReadOnlyList<LabbePoint> points)
    {
        Assert.Equal(x.Length, points.Count);
        for (var i = 0; i < points.Count; i++)
        {
            Assert.Equal(x[i], points[i].Control, 1e-14);
            Assert.Equal(y[i], points[i].Experimental, 1e-14);
        }
    }
}
