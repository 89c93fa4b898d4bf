using System.Reflection;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

/// <summary>
/// What holds for the diagnostic plots beyond the checks of every plot (<see cref="AllPlotsTests"/>, which renders
/// them in every format): one study is drawn, and every input and option type is immutable.
/// </summary>
public class DiagnosticPlotsTests
{
    /// <summary>One study (Aronson 1948 of the BCG trials) is degenerate but legal: every plot still draws, cleanly.</summary>
    [Fact]
    public void OneStudy_EveryPlotDraws()
    {
        var one = new DiagnosticPlotOptions { LabelStudies = true };
        PlotChecks.AssertClean(BaujatPlot.Create([new BaujatStudy(BcgDiagnostics.Labels[0], BcgDiagnostics.BaujatReX[0], BcgDiagnostics.BaujatReY[0])]));
        PlotChecks.AssertClean(RadialPlot.Create(RadialPlotTests.BcgReml with { Studies = [RadialPlotTests.BcgReml.Studies[0]], Estimate = BcgDiagnostics.Yi[0], Tau2 = 0 }, one));
        var labbe = LabbePlotTests.Bcg(Statistics.EffectSizes.EffectMeasure.RR, BcgDiagnostics.Yi[0]);
        PlotChecks.AssertClean(LabbePlot.Create(labbe with { Studies = [labbe.Studies[0]] }, one));
        PlotChecks.AssertClean(BubblePlot.Create(BubblePlotTests.BcgAblat with { Studies = [BubblePlotTests.BcgAblat.Studies[0]] }, one));
        PlotChecks.AssertClean(GoshPlot.Create(new GoshPoints([BcgDiagnostics.Yi[0]], [0.0])));
        var influence = InfluencePanelTests.BcgReml;
        PlotChecks.AssertClean(InfluencePanel.Create(influence with { Rows = [.. influence.Rows.Take(2)] }));
    }

    /// <summary>No public setters (init only) and no writable public fields in the diagnostic plots' public types (NodaTime's MutabilityTest).</summary>
    [Fact]
    public void PublicTypes_AreImmutable()
    {
        var types = typeof(BaujatPlot).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(BaujatPlot).Namespace).ToList();
        Assert.Contains(typeof(GoshPoints), types);
        var mutable = new List<string>();
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                {
                    mutable.Add($"{type.Name}.{property.Name}");
                }
            }

            mutable.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => $"{type.Name}.{f.Name}"));
        }

        Assert.Empty(mutable);
    }
}
