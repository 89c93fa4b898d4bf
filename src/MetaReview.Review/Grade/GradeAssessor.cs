using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Grade;

/// <summary>
/// Suggests a GRADE judgement for each domain from the analysis, and combines them (with the reviewers'
/// overrides) into a certainty rating. The rules are MetaReview's explicit operationalisation of GRADE guidance
/// (Guyatt et al. 2011, GRADE guidelines 5–8, J Clin Epidemiol 64); they are suggestions for the review team,
/// documented in docs/grade.md:
/// <list type="bullet">
/// <item>Risk of bias: share of the analysis weight from studies at high risk ≥ 50% → very serious; ≥ 25%, or high
/// plus some concerns ≥ 50% → serious.</item>
/// <item>Inconsistency: I² ≥ 75% with study estimates on both sides of no effect → very serious; I² ≥ 50%, or a
/// prediction interval that includes no effect while the confidence interval does not → serious; one study → not
/// assessable (not downgraded).</item>
/// <item>Imprecision: the CI includes both appreciable benefit and appreciable harm (beyond the MID on both sides;
/// RR 0.75 and 1.25 for ratio measures by default) → very serious; the CI includes no effect and fewer than half
/// the optimal information size (OIS) → very serious; the CI includes no effect, or fewer participants than the
/// OIS → serious.</item>
/// <item>Publication bias: with at least 10 studies, a small-study test p &lt; 0.10 → strongly suspected (−1); with
/// fewer, not assessable (Sterne et al. 2011).</item>
/// <item>Indirectness: the reviewers' judgement from the review file (it cannot be computed).</item>
/// </list>
/// </summary>
public static class GradeAssessor
{
    /// <summary>The default ratio thresholds of appreciable benefit and harm (GRADE guidelines 6).</summary>
    public const double DefaultRatioThreshold = 0.75;

    /// <summary>Assesses one outcome.</summary>
    public static GradeAssessment Assess(GradeInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var suggested = ImmutableArray.Create(
            RiskOfBias(input),
            Inconsistency(input),
            input.Indirectness ?? new DomainJudgement(GradeDomain.Indirectness, 0, "no concerns about indirectness recorded in the review file"),
            Imprecision(input),
            PublicationBias(input));
        var judgements = suggested.Select(s => input.Overrides.LastOrDefault(o => o.Domain == s.Domain) is { } o ? o with { IsOverride = true } : s).ToList();
        judgements.AddRange(input.Overrides.Where(o => o.Domain >= GradeDomain.LargeEffect).Select(o => o with { IsOverride = true }));
        var start = input.Randomised ? Certainty.High : Certainty.Low;
        var level = Math.Clamp((int)start + judgements.Sum(j => j.Levels), (int)Certainty.VeryLow, (int)Certainty.High);
        return new GradeAssessment(input.Outcome, start, [.. judgements], suggested, (Certainty)level);
    }

    private static DomainJudgement RiskOfBias(GradeInput input)
    {
        var weights = input.Analysis.Model.WeightPercent;
        if (input.RiskOfBias.Count != weights.Length)
        {
            throw new ArgumentException($"{input.RiskOfBias.Count} risk-of-bias judgements for {weights.Length} studies.", nameof(input));
        }

        if (input.RiskOfBias.All(r => r == RiskOfBiasLevel.NotAssessed))
        {
            return new DomainJudgement(GradeDomain.RiskOfBias, 0, "risk of bias was not assessed for these studies (no judgements recorded); not downgraded, but not assessed");
        }

        double high = 0, some = 0, missing = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            switch (input.RiskOfBias[i])
            {
                case RiskOfBiasLevel.High:
                    high += weights[i];
                    break;
                case RiskOfBiasLevel.SomeConcerns:
                    some += weights[i];
                    break;
                case RiskOfBiasLevel.NotAssessed:
                    missing += weights[i];
                    break;
            }
        }

        var shares = $"{P(high)} of the weight from studies at high risk of bias and {P(some)} from studies with some concerns"
            + (missing > 0 ? $" ({P(missing)} not assessed)" : "");
        return high >= 50 ? new DomainJudgement(GradeDomain.RiskOfBias, -2, shares)
            : high >= 25 || high + some >= 50 ? new DomainJudgement(GradeDomain.RiskOfBias, -1, shares)
            : new DomainJudgement(GradeDomain.RiskOfBias, 0, shares);
    }

    private static DomainJudgement Inconsistency(GradeInput input)
    {
        var m = input.Analysis.Model;
        var e = input.Analysis.Effects;
        if (m.K < 2)
        {
            return new DomainJudgement(GradeDomain.Inconsistency, 0, "a single study: inconsistency cannot be assessed");
        }

        var i2 = $"I² = {m.I2.ToString("F0", CultureInfo.InvariantCulture)}%";
        var bothSides = e.Yi.Any(y => y < 0) && e.Yi.Any(y => y > 0);
        var ciExcludesNull = m.CiLower > 0 || m.CiUpper < 0;
        var piIncludesNull = m.PredictionInterval is { } pi && pi.Lower < 0 && pi.Upper > 0;
        if (m.I2 >= 75 && bothSides)
        {
            return new DomainJudgement(GradeDomain.Inconsistency, -2, $"considerable heterogeneity ({i2}) with study estimates on both sides of no effect");
        }

        if (m.I2 >= 50)
        {
            return new DomainJudgement(GradeDomain.Inconsistency, -1, $"substantial heterogeneity ({i2})");
        }

        if (ciExcludesNull && piIncludesNull)
        {
            return new DomainJudgement(GradeDomain.Inconsistency, -1, $"the prediction interval includes no effect although the confidence interval does not ({i2})");
        }

        return new DomainJudgement(GradeDomain.Inconsistency, 0, $"{i2}" + (m.PredictionInterval is null ? "" : "; the prediction interval agrees with the confidence interval"));
    }

    private static DomainJudgement Imprecision(GradeInput input)
    {
        var a = input.Analysis;
        var m = a.Model;
        var measure = a.Measure;
        var includesNull = m.CiLower <= 0 && m.CiUpper >= 0;
        var threshold = Threshold(measure, input.MinimalImportantDifference);
        var ci = CiText(a);
        if (threshold is { } t && m.CiLower <= -t && m.CiUpper >= t)
        {
            return new DomainJudgement(GradeDomain.Imprecision, -2, $"the confidence interval {ci} includes both appreciable benefit and appreciable harm");
        }

        var ois = Ois(input);
        var n = input.Participants;
        var oisText = ois is { } o && n is { } nn ? $"{nn} participants against an optimal information size of {o}" : null;
        var belowOis = ois is { } o2 && n is { } n2 && n2 < o2;
        if (includesNull && ois is { } o3 && n is { } n3 && n3 < o3 / 2.0)
        {
            return new DomainJudgement(GradeDomain.Imprecision, -2, $"the confidence interval {ci} includes no effect, and {oisText}");
        }

        if (includesNull)
        {
            return new DomainJudgement(GradeDomain.Imprecision, -1, $"the confidence interval {ci} includes no effect" + (oisText is null ? "" : $" ({oisText})"));
        }

        if (belowOis)
        {
            return new DomainJudgement(GradeDomain.Imprecision, -1, $"{oisText}");
        }

        return new DomainJudgement(GradeDomain.Imprecision, 0, $"the confidence interval {ci} excludes no effect" + (oisText is null ? "" : $"; {oisText}"));
    }

    private static DomainJudgement PublicationBias(GradeInput input)
    {
        if (input.SmallStudyTest is not { } t)
        {
            return input.Analysis.Model.K < 10
                ? new DomainJudgement(GradeDomain.PublicationBias, 0, $"not assessable with {input.Analysis.Model.K} studies (small-study tests need at least 10)")
                : new DomainJudgement(GradeDomain.PublicationBias, 0, "no small-study test was run");
        }

        if (t.K < 10)
        {
            return new DomainJudgement(GradeDomain.PublicationBias, 0, $"not assessable with {t.K} studies (small-study tests need at least 10)");
        }

        var p = t.PValue.ToString("F3", CultureInfo.InvariantCulture);
        return t.PValue < 0.10
            ? new DomainJudgement(GradeDomain.PublicationBias, -1, $"{t.Test} suggests small-study effects (p = {p}, k = {t.K})")
            : new DomainJudgement(GradeDomain.PublicationBias, 0, $"{t.Test} does not suggest small-study effects (p = {p}, k = {t.K})");
    }

    /// <summary>The MID threshold on the analysis scale (symmetric around 0), or null when none applies.</summary>
    private static double? Threshold(EffectMeasure measure, double? mid)
    {
        if (measure.IsRatio())
        {
            var r = mid ?? DefaultRatioThreshold;
            return r is > 0 and < 1 ? -Math.Log(r) : r > 1 ? Math.Log(r) : null;
        }

        return mid is > 0 ? mid : null;
    }

    private static int? Ois(GradeInput input)
    {
        var measure = input.Analysis.Measure;
        if (measure.DataType() == DataType.Binary)
        {
            if (input.ControlRisk is not (> 0 and < 1) || input.ControlRisk is not { } risk)
            {
                return null;
            }

            var rrr = measure.IsRatio() && input.MinimalImportantDifference is > 0 and < 1 ? 1 - input.MinimalImportantDifference.Value : 0.25;
            return OptimalInformationSize.Binary(risk, rrr);
        }

        if (measure.DataType() == DataType.Continuous)
        {
            return input.MinimalImportantDifference is > 0 && (measure == EffectMeasure.SMD ? 1.0 : input.OutcomeSd) is { } sd and > 0
                ? OptimalInformationSize.Continuous(input.MinimalImportantDifference.Value, sd)
                : OptimalInformationSize.ContinuousRuleOfThumb;
        }

        return null;
    }

    private static string CiText(Statistics.Analysis.AnalysisResult a)
    {
        var m = a.Model;
        var (lo, hi) = a.BackTransformed is { } bt && a.Measure.IsRatio() ? (bt.CiLower, bt.CiUpper) : (m.CiLower, m.CiUpper);
        return $"({lo.ToString("0.##", CultureInfo.InvariantCulture)} to {hi.ToString("0.##", CultureInfo.InvariantCulture)})";
    }

    private static string P(double percent) => percent.ToString("0", CultureInfo.InvariantCulture) + "%";
}
