using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;
using Mh = MetaReview.Statistics.Models.MantelHaenszel;

namespace MetaReview.Statistics.Tests.MantelHaenszel;

/// <summary>
/// Boundary cases on real trials (k = 1, a zero cell, a double zero, only double zeros, no events in one arm) and
/// second derivations of the MH and Peto estimates from their definitions; the numbers themselves are checked against
/// metafor in <see cref="MetaforMantelHaenszelTests"/>.
/// </summary>
public class MantelHaenszelBoundaryTests
{
    private const int Yucel = 14; // dat.nielweise2007: Yucel 2004, 0/118 vs 0/105.

    private static MhFixture NielWeise => MhFixture.Load("nielweise2007.json");

    private static MhFixture DoubleZeros => MhFixture.Load("boundary-all-double-zero-yusuf1985.json");

    [Theory]
    [InlineData(EffectMeasure.OR)]
    [InlineData(EffectMeasure.RR)]
    [InlineData(EffectMeasure.RD)]
    public void OneStudy_IsThatStudysEstimate_WithoutHeterogeneity(EffectMeasure measure)
    {
        // Aronson 1948 (dat.bcg): 4/123 vs 11/139; no zero cell, so the MH estimate is the study's own.
        BinaryArms[] tables = [new(4, 123, 11, 139)];
        var r = Mh.Fit(measure, tables, ["Aronson 1948"]);
        var study = EffectSizeCalculator.Compute(measure, tables[0])!;
        Tolerance.Relative(study.Yi, r.Estimate, 1e-14, "estimate");
        Assert.Equal(1, r.K);
        Assert.Equal(0, r.Q);
        Assert.Equal(0, r.QDf);
        Assert.Equal(0, r.I2);
        Assert.Equal(1, r.QP);
        Assert.Equal([100.0], r.WeightPercent.ToArray());
        Assert.Contains(r.Warnings, w => w.StartsWith("k = 1", StringComparison.Ordinal));
        if (measure == EffectMeasure.OR)
        {
            Assert.NotNull(r.Cmh);
            Assert.Null(r.Tarone);
            Assert.Contains(r.Warnings, w => w.StartsWith("Tarone's test needs", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void OneStudy_Peto_IsObservedMinusExpectedOverVariance()
    {
        // Aronson 1948: O − E = 4 − 123·15/262, V = 123·139·15·247/(262²·261).
        var r = Peto.Fit([new BinaryArms(4, 123, 11, 139)]);
        var v = 123.0 * 139 * 15 * 247 / (262.0 * 262 * 261);
        Tolerance.Relative((4 - 123.0 * 15 / 262) / v, r.Estimate, 1e-14, "estimate");
        Tolerance.Relative(1 / Math.Sqrt(v), r.StandardError, 1e-14, "se");
        Assert.Equal(0, r.Q);
        Assert.Contains(r.Warnings, w => w.StartsWith("k = 1", StringComparison.Ordinal));
    }

    [Fact]
    public void ZeroCell_Metafor_PoolsTheObservedTable_AndCorrectsOnlyForQ()
    {
        var fx = NielWeise;
        var r = Mh.Fit(EffectMeasure.OR, fx.Tables, fx.Labels);
        Assert.Contains("Bach 1996: zero cell: the MH OR uses the table as observed; 0.5 added to each cell for its effect size in Q (metafor escalc to=\"only0\").", r.Warnings);
        Assert.True(r.WeightPercent[0] > 0);
    }

    [Theory]
    [InlineData(EffectMeasure.OR)]
    [InlineData(EffectMeasure.RR)]
    public void ZeroCell_RevMan_IsMetaforOnTheCorrectedTables(EffectMeasure measure)
    {
        // RevMan 5 adds 0.5 to the cells of zero-cell studies and drops double zeros; pooling those corrected tables
        // (which have no zero cells) under metafor's conventions must give the same estimate, variance, Q and weights.
        var fx = NielWeise;
        var revman = Mh.Fit(measure, fx.Tables, fx.Labels, MantelHaenszelOptions.RevMan5);
        var kept = Enumerable.Range(0, fx.Tables.Length).Where(i => i != Yucel).ToArray();
        var corrected = kept.Select(i => fx.Tables[i]).Select(t => t.HasZeroCell ? new BinaryArms(t.EventsE + 0.5, t.NE + 1, t.EventsC + 0.5, t.NC + 1) : t).ToArray();
        var direct = Mh.Fit(measure, corrected, kept.Select(i => fx.Labels[i]).ToArray());
        Tolerance.Relative(direct.Estimate, revman.Estimate, 1e-13, "estimate");
        Tolerance.Relative(direct.StandardError, revman.StandardError, 1e-13, "se");
        Tolerance.Relative(direct.Q, revman.Q, 1e-12, "Q");
        Assert.Equal(17, revman.K);
        Assert.Equal(direct.QDf, revman.QDf);
        for (var j = 0; j < kept.Length; j++)
        {
            Tolerance.Relative(direct.WeightPercent[j], revman.WeightPercent[kept[j]], 1e-13, $"weight {fx.Labels[kept[j]]}");
        }

        Assert.Contains($"Bach 1996: zero cell: 0.5 added to each cell for the MH {measure}, its variance, the weight and Q (RevMan 5).", revman.Warnings);
    }

    [Theory]
    [InlineData(EffectMeasure.OR, "contributes nothing to the MH OR")]
    [InlineData(EffectMeasure.RR, "contributes nothing to the MH RR")]
    [InlineData(EffectMeasure.RD, "enters the MH RD as observed")]
    public void DoubleZero_Metafor_StaysInK_AndLeavesQ(EffectMeasure measure, string role)
    {
        var fx = NielWeise;
        var r = Mh.Fit(measure, fx.Tables, fx.Labels);
        Assert.Equal(18, r.K);
        Assert.Equal(16, r.QDf);
        Assert.Contains($"Yucel 2004: no events in either arm (double zero): {role}; left out of Q (metafor drop00=TRUE).", r.Warnings);
        Assert.Equal(measure == EffectMeasure.RD, r.WeightPercent[Yucel] > 0);
    }

    [Fact]
    public void DoubleZero_RevMan_NotEstimableForRatios_KeptForRiskDifference()
    {
        var fx = NielWeise;
        var or = Mh.Fit(EffectMeasure.OR, fx.Tables, fx.Labels, MantelHaenszelOptions.RevMan5);
        Assert.Equal(17, or.K);
        Assert.Equal(0, or.WeightPercent[Yucel]);
        Assert.Contains("Yucel 2004: no events in either arm (double zero): not estimable for OR, left out (RevMan 5).", or.Warnings);

        var rd = Mh.Fit(EffectMeasure.RD, fx.Tables, fx.Labels, MantelHaenszelOptions.RevMan5);
        Assert.Equal(18, rd.K);
        Assert.Equal(17, rd.QDf);
        Assert.True(rd.WeightPercent[Yucel] > 0);
        Assert.Contains("Yucel 2004: no events in either arm (double zero): enters the MH RD as observed; 0.5 added to each cell for its variance and for Q (RevMan 5).", rd.Warnings);
        Assert.Contains(rd.Conventions, c => c.Contains("Greenland–Robins (1985; RevMan 5)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(EffectMeasure.OR)]
    [InlineData(EffectMeasure.RR)]
    public void OnlyDoubleZeros_RatioIsNotEstimable_WithANote(EffectMeasure measure)
    {
        var fx = DoubleZeros;
        var r = Mh.Fit(measure, fx.Tables, fx.Labels);
        Assert.True(double.IsNaN(r.Estimate) && double.IsNaN(r.StandardError) && double.IsNaN(r.CiLower) && double.IsNaN(r.PValue));
        Assert.Equal(6, r.K);
        Assert.Equal(0, r.Q);
        Assert.All(r.WeightPercent, w => Assert.Equal(0, w));
        Assert.Contains($"The MH {measure} is not estimable: every study has no events, or only events, in both arms.", r.Warnings);
        Assert.Equal(6, r.Warnings.Count(w => w.Contains("(double zero)", StringComparison.Ordinal)));

        var revman = Mh.Fit(measure, fx.Tables, fx.Labels, MantelHaenszelOptions.RevMan5);
        Assert.Equal(0, revman.K);
        Assert.True(double.IsNaN(revman.Estimate));
        Assert.Contains(revman.Warnings, w => w.StartsWith($"No study is estimable for the {measure}", StringComparison.Ordinal));

        var random = Mh.RandomEffectsRevMan(measure, fx.Tables, fx.Labels);
        Assert.True(double.IsNaN(random.Estimate) && double.IsNaN(random.Tau2));
        Assert.Equal(EffectModel.Random, random.Model);
        Assert.Contains("There is no random-effects result: the MH estimate or the study effects are not available.", random.Warnings);
    }

    [Fact]
    public void OnlyDoubleZeros_RiskDifferenceIsZeroWithoutVariance_PetoIsNotEstimable()
    {
        var fx = DoubleZeros;
        var rd = Mh.Fit(EffectMeasure.RD, fx.Tables, fx.Labels);
        Assert.Equal(0, rd.Estimate);
        Assert.Equal(0, rd.StandardError);
        Assert.True(double.IsNaN(rd.Statistic));
        Assert.Contains("The variance of the pooled estimate is 0: there is no test, and the interval is a point.", rd.Warnings);

        var peto = Peto.Fit(fx.Tables, fx.Labels);
        Assert.True(double.IsNaN(peto.Estimate));
        Assert.Equal(6, peto.K);
        Assert.Contains("The Peto OR is not estimable: no study has both events and non-events.", peto.Warnings);
        Assert.Equal(0, Peto.Fit(fx.Tables, fx.Labels, PetoOptions.RevMan5).K);
    }

    [Fact]
    public void NoEventsInOneArmOfEveryStudy_RatioIsNotEstimable()
    {
        // Bach 1996 alone (dat.nielweise2007): 0/116 vs 3/117.
        var r = Mh.Fit(EffectMeasure.OR, [new BinaryArms(0, 116, 3, 117)], ["Bach 1996"]);
        Assert.True(double.IsNaN(r.Estimate));
        Assert.Contains("The MH OR is not estimable: one arm has no events (or only events) in every study.", r.Warnings);
        Assert.NotNull(r.Cmh);
        Assert.Null(r.Tarone);
    }

    [Fact]
    public void Peto_DoubleZeroCountsInKUnderMetafor_NotUnderRevMan()
    {
        var fx = NielWeise;
        var metafor = Peto.Fit(fx.Tables, fx.Labels);
        var revman = Peto.Fit(fx.Tables, fx.Labels, PetoOptions.RevMan5);
        Assert.Equal(18, metafor.K);
        Assert.Equal(17, revman.K);
        Assert.Equal(metafor.Estimate, revman.Estimate);
        Assert.Equal(metafor.Q, revman.Q);
        Assert.Equal(16, revman.QDf);
        Assert.Equal(0, metafor.WeightPercent[Yucel]);
        Assert.Contains("Yucel 2004: no events in either arm (double zero): V = 0, contributes nothing to the Peto OR and Q.", metafor.Warnings);
    }

    [Theory]
    [InlineData(EffectMeasure.OR)]
    [InlineData(EffectMeasure.RR)]
    [InlineData(EffectMeasure.RD)]
    public void MhEstimate_IsTheMhWeightedMeanOfTheStudyRatiosOrDifferences(EffectMeasure measure)
    {
        // OR_MH = Σwᵢ ORᵢ/Σwᵢ with wᵢ = bᵢcᵢ/Nᵢ; RR_MH with wᵢ = cᵢn₁ᵢ/Nᵢ; RD_MH with wᵢ = n₁ᵢn₂ᵢ/Nᵢ
        // (the weights RevMan displays), on the BCG trials.
        var tables = Colditz1994MantelHaenszelTests.Tables();
        var r = Mh.Fit(measure, tables);
        double num = 0, den = 0;
        for (var i = 0; i < tables.Length; i++)
        {
            var t = tables[i];
            var effect = measure == EffectMeasure.RD ? EffectSizeCalculator.Compute(measure, t)!.Yi : Math.Exp(EffectSizeCalculator.Compute(measure, t)!.Yi);
            num += r.WeightPercent[i] * effect;
            den += r.WeightPercent[i];
        }

        var pooled = measure == EffectMeasure.RD ? r.Estimate : Math.Exp(r.Estimate);
        Tolerance.Relative(num / den, pooled, 1e-12, "weighted mean");
    }

    [Fact]
    public void PetoEstimate_IsTheInverseVarianceFixedEffectOfThePetoStudyEffects()
    {
        // Without zero cells, Σ(O − E)/ΣV pools yᵢ = (O − E)/V with weights V: the IV fixed-effect model of
        // escalc(measure="PETO") gives the same estimate, SE and Q.
        var tables = Colditz1994MantelHaenszelTests.Tables();
        var effects = EffectSizeCalculator.Compute(EffectMeasure.PETO, tables.Select((t, i) => new StudyInput($"{i}", t)).ToArray());
        var iv = InverseVariance.Fit([.. effects.Yi], [.. effects.Vi], new ModelOptions { Model = EffectModel.Fixed });
        var peto = Peto.Fit(tables);
        Tolerance.Relative(iv.Estimate, peto.Estimate, 1e-13, "estimate");
        Tolerance.Relative(iv.StandardError, peto.StandardError, 1e-13, "se");
        Tolerance.Relative(iv.Q, peto.Q, 1e-10, "Q");
        for (var i = 0; i < tables.Length; i++)
        {
            Tolerance.Relative(iv.WeightPercent[i], peto.WeightPercent[i], 1e-12, "weight");
        }
    }

    [Fact]
    public void RandomEffectsRevMan_IsDerSimonianLairdFromTheMhQ()
    {
        // tau² = (Q_MH − df)/(Σw − Σw²/Σw), then IV random effects; on Fleiss (1993) aspirin.
        var fx = MhFixture.Load("fleiss1993-aspirin.json");
        var fixedEffect = Mh.Fit(EffectMeasure.OR, fx.Tables, fx.Labels, MantelHaenszelOptions.RevMan5);
        var random = Mh.RandomEffectsRevMan(EffectMeasure.OR, fx.Tables, fx.Labels);
        var effects = EffectSizeCalculator.Compute(EffectMeasure.OR, fx.Tables.Select((t, i) => new StudyInput(fx.Labels[i], t)).ToArray());
        double sw = 0, sw2 = 0;
        foreach (var v in effects.Vi)
        {
            sw += 1 / v;
            sw2 += 1 / (v * v);
        }

        var tau2 = (fixedEffect.Q - 6) / (sw - sw2 / sw);
        Tolerance.Relative(tau2, random.Tau2, 1e-12, "tau2");
        var iv = InverseVariance.Fit([.. effects.Yi], [.. effects.Vi], new ModelOptions { FixedTau2 = tau2 });
        Tolerance.Relative(iv.Estimate, random.Estimate, 1e-14, "estimate");
        Tolerance.Relative(iv.StandardError, random.StandardError, 1e-14, "se");
        Assert.Equal(fixedEffect.Q, random.Q);
        Assert.Equal(fixedEffect.I2, random.I2);
        Assert.Equal((EffectModel.Random, PoolingMethod.MH, Tau2Method.DL, HeterogeneityBasis.Q), (random.Model, random.Method, random.Tau2Method, random.HeterogeneityBasis));
        Assert.Null(random.PredictionInterval);
        Assert.Null(random.Cmh);
        Assert.Contains(random.Conventions, c => c.StartsWith("Model: random effects, DerSimonian–Laird tau² from Q around the MH estimate", StringComparison.Ordinal));
    }

    [Fact]
    public void RandomEffectsRevMan_WithQBelowDf_IsTheInverseVarianceFixedEffect()
    {
        // Yusuf 1985 table 9: Q around the MH OR is 13.8 on 19 df, so tau² = 0.
        var fx = MhFixture.Load("yusuf1985-table9.json");
        var random = Mh.RandomEffectsRevMan(EffectMeasure.OR, fx.Tables, fx.Labels);
        Assert.Equal(0, random.Tau2);
        Assert.Contains("tau² = 0 (Q ≤ df): the random-effects result is the inverse-variance fixed-effect result, not the MH one.", random.Warnings);
        Assert.DoesNotContain(random.Warnings, w => w.StartsWith("tau² is estimated", StringComparison.Ordinal));
        Assert.Equal(6, random.Warnings.Count(w => w.Contains("not estimable for OR, left out (RevMan 5)", StringComparison.Ordinal)));
    }

    [Fact]
    public void StudyInputOverloads_GiveTheSameResult()
    {
        var fx = NielWeise;
        var studies = fx.Tables.Select((t, i) => new StudyInput(fx.Labels[i], t)).ToArray();
        Assert.Equal(Mh.Fit(EffectMeasure.RR, fx.Tables, fx.Labels), Mh.Fit(EffectMeasure.RR, studies), ResultComparer.Instance);
        Assert.Equal(Peto.Fit(fx.Tables, fx.Labels), Peto.Fit(studies), ResultComparer.Instance);
        Assert.Equal(Mh.RandomEffectsRevMan(EffectMeasure.OR, fx.Tables, fx.Labels), Mh.RandomEffectsRevMan(EffectMeasure.OR, studies), ResultComparer.Instance);
    }

    [Fact]
    public void InvalidInput_IsRejectedWithTheStudyAndTheValue()
    {
        BinaryArms[] aronson = [new(4, 123, 11, 139)];
        Assert.Contains("At least one study", Assert.Throws<ArgumentException>(() => Mh.Fit(EffectMeasure.OR, Array.Empty<BinaryArms>())).Message, StringComparison.Ordinal);
        Assert.Contains("Mantel–Haenszel pools RR, OR or RD; got MD", Assert.Throws<ArgumentException>(() => Mh.Fit(EffectMeasure.MD, aronson)).Message, StringComparison.Ordinal);
        Assert.Contains("1 tables but 2 labels", Assert.Throws<ArgumentException>(() => Mh.Fit(EffectMeasure.OR, aronson, ["a", "b"])).Message, StringComparison.Ordinal);
        Assert.Contains("Study 'Aronson 1948': events_e (124) cannot exceed n_e (123)",
            Assert.Throws<ArgumentException>(() => Peto.Fit([new BinaryArms(124, 123, 11, 139)], ["Aronson 1948"])).Message, StringComparison.Ordinal);
        Assert.Contains("Study 'Edinburgh': needs binary data",
            Assert.Throws<ArgumentException>(() => Mh.Fit(EffectMeasure.OR, [new StudyInput("Edinburgh", new ContinuousArms(55, 47, 155, 75, 64, 156))])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Mh.Fit(EffectMeasure.OR, aronson, options: new MantelHaenszelOptions { Level = 95 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Mh.Fit(EffectMeasure.OR, aronson, options: new MantelHaenszelOptions { Increment = -0.5 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Peto.Fit(aronson, options: new PetoOptions { Level = 0 }));
    }

    /// <summary>Value equality of results (records with immutable arrays compare those by reference).</summary>
    private sealed class ResultComparer : IEqualityComparer<MetaAnalysisResult>
    {
        public static readonly ResultComparer Instance = new();

        public bool Equals(MetaAnalysisResult? x, MetaAnalysisResult? y) =>
            x is not null && y is not null
            && x with { WeightPercent = [], Warnings = [], Conventions = [] } == y with { WeightPercent = [], Warnings = [], Conventions = [] }
            && x.WeightPercent.SequenceEqual(y.WeightPercent) && x.Warnings.SequenceEqual(y.Warnings) && x.Conventions.SequenceEqual(y.Conventions);

        public int GetHashCode(MetaAnalysisResult obj) => obj.Estimate.GetHashCode();
    }
}
