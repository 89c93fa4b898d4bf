using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Statistics.Tests.EffectSizes;

/// <summary>
/// Spot checks of the effect-size definitions against metafor 3.8-1 <c>escalc()</c> (values printed with
/// 17 significant digits); the full per-dataset comparison is in the metafor fixture tests.
/// </summary>
public class EffectSizeCalculatorTests
{
    // dat.bcg trials 1-2 (Aronson 1948; Ferguson & Simes 1949): tpos, tpos+tneg, cpos, cpos+cneg.
    private static readonly StudyInput[] Bcg =
    [
        new("Aronson 1948", new BinaryArms(4, 123, 11, 139)),
        new("Ferguson & Simes 1949", new BinaryArms(6, 306, 29, 303)),
    ];

    // dat.normand1999 studies 1-2 (Edinburgh; Orpington-Mild): length of stay, specialist vs routine care.
    private static readonly StudyInput[] Normand =
    [
        new("Edinburgh", new ContinuousArms(55, 47, 155, 75, 64, 156)),
        new("Orpington-Mild", new ContinuousArms(27, 7, 31, 29, 4, 32)),
    ];

    [Theory]
    [InlineData(EffectMeasure.RR, -0.88931133392020545, -1.5853886572014306, 0.32558476500396133, 0.19458112139814385)]
    [InlineData(EffectMeasure.OR, -0.93869414087039216, -1.6661907290265496, 0.35712495225362872, 0.208132393657186)]
    [InlineData(EffectMeasure.RD, -0.046616365444229972, -0.076101727819840814, 0.00078006866485593796, 0.00034846257472658307)]
    [InlineData(EffectMeasure.PETO, -0.86038334731641941, -1.4026052246544594, 0.28283618192835874, 0.12105818903267657)]
    public void Colditz1994Bcg_Binary_MatchesEscalc(EffectMeasure measure, double y1, double y2, double v1, double v2)
    {
        var e = EffectSizeCalculator.Compute(measure, Bcg);
        Tolerance.Relative(y1, e.Yi[0], Tolerance.ClosedForm, "yi[1]");
        Tolerance.Relative(y2, e.Yi[1], Tolerance.ClosedForm, "yi[2]");
        Tolerance.Relative(v1, e.Vi[0], Tolerance.ClosedForm, "vi[1]");
        Tolerance.Relative(v2, e.Vi[1], Tolerance.ClosedForm, "vi[2]");
        Assert.Empty(e.Notes);
    }

    [Theory]
    [InlineData(EffectMeasure.MD, -20, -2, 40.50802315963606, 2.0806451612903225)]
    [InlineData(EffectMeasure.SMD, -0.35516964094010689, -0.34794002273909852, 0.013064675541529683, 0.064468876098856681)]
    [InlineData(EffectMeasure.ROM, -0.31015492830383962, -0.071458963982144977, 0.0093790832606081877, 0.0027627678536805609)]
    public void Normand1999_Continuous_MatchesEscalc(EffectMeasure measure, double y1, double y2, double v1, double v2)
    {
        var e = EffectSizeCalculator.Compute(measure, Normand);
        Tolerance.Relative(y1, e.Yi[0], Tolerance.ClosedForm, "yi[1]");
        Tolerance.Relative(y2, e.Yi[1], Tolerance.ClosedForm, "yi[2]");
        Tolerance.Relative(v1, e.Vi[0], Tolerance.ClosedForm, "vi[1]");
        Tolerance.Relative(v2, e.Vi[1], Tolerance.ClosedForm, "vi[2]");
    }

    [Fact]
    public void CohensD_IsHedgesGWithoutTheBiasCorrection()
    {
        // Orpington-Mild: pooled SD √((30·49 + 31·16)/61) = 5.6773..., d = −2/5.6773.
        var d = EffectSizeCalculator.Compute(EffectMeasure.SMD, Normand[1].Data, smd: SmdVariant.CohensD)!;
        var pooled = Math.Sqrt((30 * 49.0 + 31 * 16.0) / 61);
        Tolerance.Relative(-2 / pooled, d.Yi, 1e-14, "d");
        Tolerance.Relative(1 / 31.0 + 1 / 32.0 + d.Yi * d.Yi / (2 * 63), d.Vi, 1e-14, "var d");
    }

    [Fact]
    public void RevManApproximateG_UsesRevMan5Formulae()
    {
        // RevMan 5 statistical methods: g = d(1 − 3/(4N − 9)), SE² = N/(n1 n2) + g²/(2(N − 3.94)).
        var g = EffectSizeCalculator.Compute(EffectMeasure.SMD, Normand[1].Data, smd: SmdVariant.HedgesGApproximate)!;
        var d = -2 / Math.Sqrt((30 * 49.0 + 31 * 16.0) / 61);
        var expected = d * (1 - 3 / (4 * 63.0 - 9));
        Tolerance.Relative(expected, g.Yi, 1e-14, "g");
        Tolerance.Relative(63.0 / (31 * 32) + expected * expected / (2 * (63 - 3.94)), g.Vi, 1e-14, "var g");
    }

    // dat.nielweise2007 (Niel-Weise et al. 2007, catheter-related bloodstream infections): Bach 1996 has
    // no events in the experimental arm, Yucel 2004 none in either arm, Maki 1997 none missing.
    private static readonly StudyInput Bach1996 = new("Bach 1996", new BinaryArms(0, 116, 3, 117));
    private static readonly StudyInput Maki1997 = new("Maki 1997", new BinaryArms(2, 208, 9, 195));
    private static readonly StudyInput Yucel2004 = new("Yucel 2004", new BinaryArms(0, 118, 0, 105));

    [Fact]
    public void NielWeise2007_DefaultAddsHalfOnlyToStudiesWithAZero_AndReportsIt()
    {
        var e = EffectSizeCalculator.Compute(EffectMeasure.RR, [Maki1997, Bach1996]);
        Assert.Equal([0.0, 0.5], e.Increments.ToArray());
        Assert.Equal(Math.Log(0.5 / 117) - Math.Log(3.5 / 118), e.Yi[1], 14);
        var note = Assert.Single(e.Notes);
        Assert.Equal("Bach 1996", note.Study);
        Assert.Contains("0.5 added to each cell (zero cell)", note.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NielWeise2007_AllIfAnyZero_CorrectsEveryStudy()
    {
        var e = EffectSizeCalculator.Compute(EffectMeasure.OR, [Maki1997, Bach1996],
            new EffectSizeOptions(new ZeroCellCorrection(Rule: ContinuityRule.AllIfAnyZero)));
        Assert.Equal([0.5, 0.5], e.Increments.ToArray());
        Assert.Contains("another study has a zero cell", e.Notes[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NielWeise2007_WithoutCorrection_ExcludesTheZeroStudyWithAReason()
    {
        StudyInput[] studies = [Maki1997, Bach1996];
        var e = EffectSizeCalculator.Compute(EffectMeasure.OR, studies, new EffectSizeOptions(new ZeroCellCorrection(Rule: ContinuityRule.None)));
        Assert.Equal(1, e.K);
        var excluded = Assert.Single(e.Excluded);
        Assert.Contains("not estimable for OR", excluded.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NielWeise2007_DoubleZero_IsKeptByDefault_AndDroppedOnRequest()
    {
        StudyInput[] studies = [Maki1997, Yucel2004];
        var kept = EffectSizeCalculator.Compute(EffectMeasure.RR, studies);
        Assert.Equal(2, kept.K);
        Assert.Equal(Math.Log(0.5 / 119) - Math.Log(0.5 / 106), kept.Yi[1], 14);
        var dropped = EffectSizeCalculator.Compute(EffectMeasure.RR, studies, new EffectSizeOptions(new ZeroCellCorrection(DropDoubleZero: true)));
        Assert.Equal(1, dropped.K);
        Assert.Equal("Yucel 2004", Assert.Single(dropped.Excluded).Study);
    }

    [Fact]
    public void InvalidData_NamesTheStudyFieldAndValue()
    {
        // Braga 2018 ALSFRS-R at 6 months (ALS-TRIALS.md) with the experimental SD mistyped as negative.
        StudyInput[] studies = [new("Braga 2018", new ContinuousArms(34.1, -7.1, 24, 29.5, 7.7, 24))];
        var e = Assert.Throws<ArgumentException>(() => EffectSizeCalculator.Compute(EffectMeasure.MD, studies));
        Assert.StartsWith("Study 'Braga 2018': sd_e must be > 0, got -7.1", e.Message, StringComparison.Ordinal);
    }
}
