using MetaReview.Review.Grade;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.Tests.Grade;

/// <summary>
/// GRADE suggestions on real analyses: the BCG trials (Colditz 1994; log RR, REML), the Fleiss 1993 aspirin
/// trials (RevMan 5, MH OR), and the ALS exercise trials at 6 months (Braga 2018, Lunetta 2016; ALS-TRIALS.md).
/// </summary>
public class GradeAssessorTests
{
    private static readonly StudyInput[] Bcg =
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

    // ALSFRS-R at about 6 months: Braga 2018 (table 2, PMC5832023) and Lunetta 2016 (randomised n).
    private static readonly StudyInput[] AlsfrsSixMonths =
    [
        new("Braga 2018", new ContinuousArms(34.1, 7.1, 24, 29.5, 7.7, 24)),
        new("Lunetta 2016", new ContinuousArms(32.8, 6.5, 30, 28.7, 7.5, 30)),
    ];

    private static GradeInput BcgInput(SmallStudyAssessment? test = null) => new()
    {
        Outcome = "Tuberculosis",
        Analysis = MetaAnalysis.Run(Bcg, new AnalysisSettings().Resolve(EffectMeasure.RR)),
        RiskOfBias = Enumerable.Repeat(RiskOfBiasLevel.NotAssessed, Bcg.Length).ToArray(),
        Participants = 357347,
        ControlRisk = 0.0158982512, // median control-group risk of the 13 trials (R: median(cpos/(cpos+cneg)))
        SmallStudyTest = test,
    };

    [Fact]
    public void Colditz1994Bcg_ConsiderableHeterogeneityBothSides_IsVerySeriousInconsistency()
    {
        var g = GradeAssessor.Assess(BcgInput());
        var inconsistency = g.Judgements.Single(j => j.Domain == GradeDomain.Inconsistency);
        Assert.Equal(-2, inconsistency.Levels);
        Assert.Equal("considerable heterogeneity (I² = 92%) with study estimates on both sides of no effect", inconsistency.Reason);
        Assert.Equal(Certainty.Low, g.Certainty);
        Assert.Equal("⊕⊕⊝⊝", g.Certainty.Symbols());
    }

    [Fact]
    public void Colditz1994Bcg_PreciseLargeTrials_AreNotImprecise()
    {
        var g = GradeAssessor.Assess(BcgInput());
        var imprecision = g.Judgements.Single(j => j.Domain == GradeDomain.Imprecision);
        Assert.Equal(0, imprecision.Levels);
        Assert.StartsWith("the confidence interval (0.34 to 0.7) excludes no effect; 357347 participants against an optimal information size of", imprecision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Colditz1994Bcg_EggerNotSignificant_PublicationBiasUndetected()
    {
        // metafor 3.8-1: regtest(rma(yi, vi, data=escalc("RR", ...dat.bcg)), model="lm"): t = -1.4013, p = 0.1887.
        var g = GradeAssessor.Assess(BcgInput(new SmallStudyAssessment("Egger's regression test", 13, 0.1887069951)));
        var pb = g.Judgements.Single(j => j.Domain == GradeDomain.PublicationBias);
        Assert.Equal(0, pb.Levels);
        Assert.Equal("undetected", pb.Label);
        Assert.Equal("Egger's regression test does not suggest small-study effects (p = 0.189, k = 13)", pb.Reason);
    }

    [Fact]
    public void Override_ReplacesTheSuggestion_AndIsShownAsSuch()
    {
        var input = BcgInput() with
        {
            Overrides = [new DomainJudgement(GradeDomain.Inconsistency, -1, "heterogeneity explained in part by latitude (meta-regression)")],
        };
        var g = GradeAssessor.Assess(input);
        var inconsistency = g.Judgements.Single(j => j.Domain == GradeDomain.Inconsistency);
        Assert.True(inconsistency.IsOverride);
        Assert.Equal(-2, g.Suggested.Single(j => j.Domain == GradeDomain.Inconsistency).Levels);
        Assert.Equal(Certainty.Moderate, g.Certainty);
        Assert.Contains("Downgraded one level for inconsistency: heterogeneity explained in part by latitude (meta-regression) (reviewers' judgement)", g.Footnotes);
    }

    [Fact]
    public void AlsExercise_TwoSmallTrials_BelowTheInformationSize_AreImprecise()
    {
        // MD of ALSFRS-R at 6 months. The MID (3 points) and SD (7.2, about the arms' SDs) are the reviewer's
        // settings under test, not published values; risk of bias is left unassessed rather than invented.
        var analysis = MetaAnalysis.Run(AlsfrsSixMonths, new AnalysisSettings { Model = EffectModel.Fixed }.Resolve(EffectMeasure.MD));
        var g = GradeAssessor.Assess(new GradeInput
        {
            Outcome = "ALSFRS-R at 6 months",
            Analysis = analysis,
            RiskOfBias = [RiskOfBiasLevel.NotAssessed, RiskOfBiasLevel.NotAssessed],
            MinimalImportantDifference = 3,
            OutcomeSd = 7.2,
            Participants = 108,
        });
        var imprecision = g.Judgements.Single(j => j.Domain == GradeDomain.Imprecision);
        Assert.Equal(-1, imprecision.Levels);
        Assert.Equal(182, OptimalInformationSize.Continuous(3, 7.2)); // 2·7.8489·7.2²/3² = 90.4 per arm
        Assert.Equal("108 participants against an optimal information size of 182", imprecision.Reason);
        Assert.Equal(0, g.Judgements.Single(j => j.Domain == GradeDomain.RiskOfBias).Levels);
        Assert.Equal(Certainty.Moderate, g.Certainty);
    }

    [Fact]
    public void SingleStudy_InconsistencyIsNotAssessable()
    {
        var analysis = MetaAnalysis.Run(AlsfrsSixMonths[..1], new AnalysisSettings().Resolve(EffectMeasure.MD));
        var g = GradeAssessor.Assess(new GradeInput { Outcome = "ALSFRS-R", Analysis = analysis, RiskOfBias = [RiskOfBiasLevel.Low] });
        var inconsistency = g.Judgements.Single(j => j.Domain == GradeDomain.Inconsistency);
        Assert.Equal(0, inconsistency.Levels);
        Assert.Equal("a single study: inconsistency cannot be assessed", inconsistency.Reason);
    }

    [Fact]
    public void OptimalInformationSize_MatchesTheSampleSizeFormula()
    {
        // Control risk 10%, RRR 25%: (1.959964 + 0.841621)²·(0.09 + 0.069375)/0.025² = 2001.46 per arm.
        Assert.Equal(4004, OptimalInformationSize.Binary(0.10));
        // Continuous, δ = 0.5 SD: 2·7.848879/0.25 = 62.79 per arm.
        Assert.Equal(126, OptimalInformationSize.Continuous(0.5, 1));
    }

    [Fact]
    public void Fleiss1993_SummaryOfFindings_AbsoluteEffectsFromTheComparatorRisk()
    {
        StudyInput[] aspirin =
        [
            new("MRC-1", new BinaryArms(49, 615, 67, 624)), new("CDP", new BinaryArms(44, 758, 64, 771)),
            new("MRC-2", new BinaryArms(102, 832, 126, 850)), new("GASP", new BinaryArms(32, 317, 38, 309)),
            new("PARIS", new BinaryArms(85, 810, 52, 406)), new("AMIS", new BinaryArms(246, 2267, 219, 2257)),
            new("ISIS-2", new BinaryArms(1570, 8587, 1720, 8600)),
        ];
        var analysis = MetaAnalysis.Run(aspirin, new AnalysisSettings { Preset = Preset.RevMan5 }.Resolve(EffectMeasure.OR));
        var grade = GradeAssessor.Assess(new GradeInput
        {
            Outcome = "Death",
            Analysis = analysis,
            RiskOfBias = Enumerable.Repeat(RiskOfBiasLevel.NotAssessed, 7).ToArray(),
        });
        const double Acr = 0.10; // a comparator risk of 100 per 1000 (illustrative, stated in the table)
        var row = SummaryOfFindingsRow.Build(grade, analysis, 28558, Acr, "assumed comparator risk");
        var or = 0.89686556; // RevMan 5's pooled OR
        var expected = 1000 * Acr * or / (1 - Acr + Acr * or);
        Assert.Equal(expected, row.InterventionRiskPer1000!.Estimate, 5);
        Assert.Equal(expected - 100, row.DifferencePer1000!.Estimate, 5);
        Assert.Equal(or, row.RelativeEffect!.Estimate, 7);
        Assert.Equal(7, row.Studies);
    }
}
