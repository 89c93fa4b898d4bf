using MathNet.Numerics.Distributions;

namespace MetaReview.Review.Grade;

/// <summary>
/// The optimal information size (OIS): the total sample size of a single adequately powered trial
/// (two-sided α = 0.05, power 80%), GRADE's criterion for imprecision (Guyatt et al. 2011, GRADE guidelines 6,
/// doi:10.1016/j.jclinepi.2011.01.012).
/// </summary>
public static class OptimalInformationSize
{
    private static readonly double ZSum = Normal.InvCDF(0, 1, 0.975) + Normal.InvCDF(0, 1, 0.8);

    /// <summary>
    /// Binary outcome: n per arm = (z₀.₉₇₅ + z₀.₈)²·[p_c(1 − p_c) + p_e(1 − p_e)]/(p_c − p_e)² with
    /// p_e = p_c·(1 − RRR); returns the total for two arms, rounded up.
    /// </summary>
    /// <param name="controlRisk">Risk in the control group, 0 &lt; p &lt; 1.</param>
    /// <param name="relativeRiskReduction">The relative risk reduction to detect (GRADE suggests 25%).</param>
    public static int Binary(double controlRisk, double relativeRiskReduction = 0.25)
    {
        if (!(controlRisk > 0 && controlRisk < 1) || !(relativeRiskReduction > 0 && relativeRiskReduction < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(controlRisk), $"need 0 < control risk < 1 and 0 < RRR < 1, got {controlRisk} and {relativeRiskReduction}");
        }

        var pe = controlRisk * (1 - relativeRiskReduction);
        var perArm = ZSum * ZSum * (controlRisk * (1 - controlRisk) + pe * (1 - pe)) / Math.Pow(controlRisk - pe, 2);
        return 2 * (int)Math.Ceiling(perArm);
    }

    /// <summary>Continuous outcome: n per arm = 2(z₀.₉₇₅ + z₀.₈)²σ²/δ²; the total for two arms, rounded up.</summary>
    /// <param name="difference">The difference to detect (the MID), in the outcome's units.</param>
    /// <param name="sd">The outcome's SD (1 when the difference is an SMD).</param>
    public static int Continuous(double difference, double sd)
    {
        if (!(difference > 0) || !(sd > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(difference), $"need a difference > 0 and SD > 0, got {difference} and {sd}");
        }

        return 2 * (int)Math.Ceiling(2 * ZSum * ZSum * sd * sd / (difference * difference));
    }

    /// <summary>GRADE's rule of thumb for continuous outcomes without a minimal important difference: 400 participants.</summary>
    public const int ContinuousRuleOfThumb = 400;
}
