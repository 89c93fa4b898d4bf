using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.Analysis;

/// <summary>
/// The whole pipeline (data → effect sizes → pooling) under each preset, against published values
/// (docs/METHODS-REFERENCE.md §3): RevMan 5's Fleiss 1993 output and the BCG analyses.
/// </summary>
public class MetaAnalysisTests
{
    // Fleiss (1993) aspirin after myocardial infarction, as entered in RevMan 5: events/total, aspirin vs placebo.
    internal static readonly StudyInput[] Fleiss1993Aspirin =
    [
        new("MRC-1", new BinaryArms(49, 615, 67, 624)),
        new("CDP", new BinaryArms(44, 758, 64, 771)),
        new("MRC-2", new BinaryArms(102, 832, 126, 850)),
        new("GASP", new BinaryArms(32, 317, 38, 309)),
        new("PARIS", new BinaryArms(85, 810, 52, 406)),
        new("AMIS", new BinaryArms(246, 2267, 219, 2257)),
        new("ISIS-2", new BinaryArms(1570, 8587, 1720, 8600)),
    ];

    // Fleiss (1993) continuous examples as entered in RevMan 5: mean/SD/n, experimental vs control.
    internal static readonly StudyInput[] Fleiss1993Continuous =
    [
        new("Davis", new ContinuousArms(5, 4.7, 13, 6.5, 3.8, 13)),
        new("Florell", new ContinuousArms(4.9, 1.71, 30, 6.1, 2.3, 50)),
        new("Gruen", new ContinuousArms(22.5, 3.44, 35, 24.9, 10.65, 35)),
        new("Hart", new ContinuousArms(12.5, 1.47, 20, 12.3, 1.66, 20)),
        new("Wilson", new ContinuousArms(6.5, 0.76, 8, 7.38, 1.41, 8)),
    ];

    [Fact]
    public void Fleiss1993_RevMan5Preset_OddsRatio_ReproducesRevManOutput()
    {
        var options = new AnalysisSettings { Preset = Preset.RevMan5 }.Resolve(EffectMeasure.OR);
        Assert.Equal(PoolingMethod.MH, options.Method);
        Assert.Equal(EffectModel.Fixed, options.Model.Model);

        var r = MetaAnalysis.Run(Fleiss1993Aspirin, options);
        Tolerance.Published(0.89686556, r.BackTransformed!.Estimate, 8, "OR");
        Tolerance.Published(0.8405144, r.BackTransformed.CiLower, 7, "OR ci.lb");
        Tolerance.Published(0.95699471, r.BackTransformed.CiUpper, 8, "OR ci.ub");
        Tolerance.Published(9.94605598, r.Model.Q, 8, "Chi²");
        Tolerance.Published(39.67458046, r.Model.I2, 8, "I²");
        Tolerance.Published(3.28763306, Math.Abs(r.Model.Statistic), 8, "Z");
        Assert.Equal(7, r.Effects.K);
        Assert.Equal(100, r.Model.WeightPercent.Sum(), 10);
    }

    [Fact]
    public void Fleiss1993_RevMan5Preset_MeanDifference_ReproducesRevManOutput()
    {
        var options = new AnalysisSettings { Preset = Preset.RevMan5 }.Resolve(EffectMeasure.MD);
        Assert.Equal(PoolingMethod.IV, options.Method);
        var r = MetaAnalysis.Run(Fleiss1993Continuous, options);
        Tolerance.Published(-0.70938839, r.Model.Estimate, 8, "MD");
        Tolerance.Published(-1.25848502, r.Model.CiLower, 8, "ci.lb");
        Tolerance.Published(-0.16029176, r.Model.CiUpper, 8, "ci.ub");
        Tolerance.Published(5.66012379, r.Model.Q, 8, "Chi²");
        Tolerance.Published(29.33, r.Model.I2, 2, "I²");
        Tolerance.Published(2.53211477, Math.Abs(r.Model.Statistic), 8, "Z");
        Assert.Null(r.BackTransformed);
    }

    [Fact]
    public void Colditz1994Bcg_MetaforPreset_IsRandomEffectsReml()
    {
        var r = MetaAnalysis.Run(BcgTrials, new AnalysisSettings().Resolve(EffectMeasure.RR));
        Assert.Equal(EffectModel.Random, r.Model.Model);
        Assert.Equal(Tau2Method.REML, r.Model.Tau2Method);
        Tolerance.Published(-0.7145, r.Model.Estimate, 4, "estimate");
        Tolerance.Published(0.3132, r.Model.Tau2, 4, "tau2");
        Tolerance.Relative(Math.Exp(r.Model.Estimate), r.BackTransformed!.Estimate, 1e-15, "RR");
        Tolerance.Relative(Math.Exp(r.Model.PredictionInterval!.Value.Upper), r.BackTransformed.PiUpper!.Value, 1e-15, "RR pi.ub");
    }

    [Fact]
    public void Colditz1994Bcg_MantelHaenszelRiskRatio_MatchesPublished()
    {
        var r = MetaAnalysis.Run(BcgTrials, new AnalysisSettings { Method = PoolingMethod.MH, Model = EffectModel.Fixed }.Resolve(EffectMeasure.RR));
        Tolerance.Published(-0.4537, r.Model.Estimate, 4, "MH RR");
        Tolerance.Published(0.0393, r.Model.StandardError, 4, "se");
        Tolerance.Published(152.5676, r.Model.Q, 4, "Q");
    }

    [Fact]
    public void Colditz1994Bcg_PetoMeasure_UsesPetosMethodByDefault()
    {
        var r = MetaAnalysis.Run(BcgTrials, new AnalysisSettings().Resolve(EffectMeasure.PETO));
        Assert.Equal(PoolingMethod.Peto, r.Model.Method);
        Tolerance.Published(-0.4744, r.Model.Estimate, 4, "Peto OR");
        Tolerance.Published(167.7302, r.Model.Q, 4, "Q");
    }

    [Fact]
    public void ExplicitChoices_OverrideThePreset()
    {
        var o = new AnalysisSettings { Preset = Preset.RevMan5, Model = EffectModel.Random, Tau2Method = Tau2Method.REML, Test = TestMethod.Knha, Level = 0.9 }
            .Resolve(EffectMeasure.SMD);
        Assert.Equal("revman5", o.Preset);
        Assert.Equal(EffectModel.Random, o.Model.Model);
        Assert.Equal(Tau2Method.REML, o.Model.Tau2Method);
        Assert.Equal(TestMethod.Knha, o.Model.Test);
        Assert.Equal(0.9, o.Model.Level);
        Assert.Equal(SmdVariant.HedgesGApproximate, o.EffectSizes.Smd);
        Assert.Equal(HeterogeneityBasis.Q, o.Model.HeterogeneityBasis);
    }

    [Fact]
    public void ImpossibleCombinations_AreRefusedWithAReason()
    {
        var e = Assert.Throws<AnalysisException>(() => new AnalysisSettings { Method = PoolingMethod.MH }.Resolve(EffectMeasure.SMD));
        Assert.Contains("Mantel–Haenszel pooling is for RR, OR and RD; the measure is SMD", e.Message, StringComparison.Ordinal);
        Assert.Throws<AnalysisException>(() => new AnalysisSettings { Method = PoolingMethod.Peto, Model = EffectModel.Random }.Resolve(EffectMeasure.PETO));
    }

    [Fact]
    public void RevMan5Preset_DropsDoubleZeroStudies_AndSaysSo()
    {
        // dat.nielweise2007: Yucel 2004 has no infections in either arm; Maki 1997 and Bach 1996 do.
        StudyInput[] studies =
        [
            new("Maki 1997", new BinaryArms(2, 208, 9, 195)),
            new("Bach 1996", new BinaryArms(0, 116, 3, 117)),
            new("Yucel 2004", new BinaryArms(0, 118, 0, 105)),
        ];
        var r = MetaAnalysis.Run(studies, new AnalysisSettings { Preset = Preset.RevMan5 }.Resolve(EffectMeasure.RR));
        Assert.Equal(2, r.Effects.K);
        Assert.Equal(2, r.Model.WeightPercent.Length);
        Assert.Contains(r.Notes, n => n.StartsWith("Yucel 2004:", StringComparison.Ordinal));
        Assert.Contains(r.Notes, n => n.StartsWith("Bach 1996: 0.5 added", StringComparison.Ordinal));
    }

    [Fact]
    public void NoEstimableStudy_IsAnAnalysisException()
    {
        StudyInput[] studies = [new("Yucel 2004", new BinaryArms(0, 118, 0, 105))];
        var options = new AnalysisSettings { DropDoubleZero = true }.Resolve(EffectMeasure.OR);
        var e = Assert.Throws<AnalysisException>(() => MetaAnalysis.Run(studies, options));
        Assert.Contains("No study can enter the analysis (Yucel 2004: no events in either arm", e.Message, StringComparison.Ordinal);
    }

    private static readonly StudyInput[] BcgTrials =
    [
        new("Aronson 1948", new BinaryArms(4, 123, 11, 139)),
        new("Ferguson & Simes 1949", new BinaryArms(6, 306, 29, 303)),
        new("Rosenthal 1960", new BinaryArms(3, 231, 11, 220)),
        new("Hart & Sutherland 1977", new BinaryArms(62, 13598, 248, 12867)),
        new("Frimodt-Moller 1973", new BinaryArms(33, 5069, 47, 5808)),
        new("Stein & Aronson 1953", new BinaryArms(180, 1541, 372, 1451)),
        new("Vandiviere 1973", new BinaryArms(8, 2545, 10, 629)),
        new("TPT Madras 1980", new BinaryArms(505, 88391, 499, 88391)),
        new("Coetzee & Berjak 1968", new BinaryArms(29, 7499, 45, 7277)),
        new("Rosenthal 1961", new BinaryArms(17, 1716, 65, 1665)),
        new("Comstock 1974", new BinaryArms(186, 50634, 141, 27338)),
        new("Comstock & Webster 1969", new BinaryArms(5, 2498, 3, 2341)),
        new("Comstock 1976", new BinaryArms(27, 16913, 29, 17854)),
    ];
}
