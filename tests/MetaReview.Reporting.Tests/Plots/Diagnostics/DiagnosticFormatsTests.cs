using System.Reflection;
using System.Text;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Plots.Diagnostics;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

/// <summary>Every diagnostic plot exists as SVG, PDF and PNG, the same every time; every input and option type is immutable.</summary>
public class DiagnosticFormatsTests
{
    public static TheoryData<string> Plots => [.. Scenes.Keys];

    private static readonly Dictionary<string, Func<Scene>> Scenes = new()
    {
        ["baujat"] = () => BaujatPlot.Create(BaujatPlotTests.Bcg(BcgDiagnostics.BaujatFeX, BcgDiagnostics.BaujatFeY)),
        ["radial"] = () => RadialPlot.Create(RadialPlotTests.BcgReml, new DiagnosticPlotOptions { LabelStudies = true }),
        ["labbe"] = () => LabbePlot.Create(LabbePlotTests.Nielweise(Statistics.EffectSizes.EffectMeasure.OR, Nielweise2007.OrEstimate)),
        ["bubble"] = () => BubblePlot.Create(BubblePlotTests.BcgAblat),
        ["gosh"] = () => GoshPlot.Create(GoshPlotTests.BcgFixedEffect),
        ["influence"] = () => InfluencePanel.Create(InfluencePanelTests.BcgFixedEffect, new DiagnosticPlotOptions { Title = "Influence diagnostics, BCG trials (fixed effect)" }),
    };

    [Theory]
    [MemberData(nameof(Plots))]
    public void Svg_IsWellFormedAndDeterministic(string plot)
    {
        var scene = Scenes[plot]();
        Assert.Equal(SvgRenderer.Render(scene), SvgRenderer.Render(Scenes[plot]()));
        PlotChecks.AssertClean(scene);
    }

    [Theory]
    [MemberData(nameof(Plots))]
    public void Pdf_EmbedsTheFontAndIsDeterministic(string plot)
    {
        var pdf = PdfRenderer.Render(Scenes[plot]());
        var text = Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF-", text, StringComparison.Ordinal);
        Assert.Contains("/FontFile2", text, StringComparison.Ordinal);
        Assert.Equal(pdf, PdfRenderer.Render(Scenes[plot]()));
    }

    [Theory]
    [MemberData(nameof(Plots))]
    public void Png_IsRenderedWhenRsvgConvertIsInstalled(string plot)
    {
        if (!PngRenderer.IsAvailable)
        {
            Assert.Fail(PngRenderer.MissingMessage);
        }

        var scene = Scenes[plot]();
        var png = PngRenderer.Render(scene, dpi: 72);
        Assert.Equal("PNG", PlotChecks.Ascii(png[1..4], 3));
        Assert.Equal((uint)Math.Round(scene.Width), System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16)), 1u);
    }

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

    /// <summary>Every character the plots write has a glyph in the embedded font, so that the PDF shows it too (not only SVG viewers with fallback fonts).</summary>
    [Theory]
    [MemberData(nameof(Plots))]
    public void EveryCharacter_HasAGlyphInTheEmbeddedFont(string plot)
    {
        var missing = SceneText.Boxes(Scenes[plot]())
            .SelectMany(b => b.Text.Text.EnumerateRunes().Where(r => r.Value > 32 && !TextMeasurer.Default.Face(b.Text.Style).HasGlyph(r.Value)).Select(r => $"U+{r.Value:X4} in '{b.Text.Text}'"))
            .Distinct()
            .ToList();
        Assert.Empty(missing);
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
