using MathNet.Numerics;

namespace MetaReview.Statistics.EffectSizes;

/// <summary>MD, SMD (three variants) and the log ratio of means from two arms' means, SDs and sizes.</summary>
internal static class ContinuousEffectSizes
{
    public static EffectSize? Compute(EffectMeasure measure, ContinuousArms d, SmdVariant smd)
    {
        double yi, vi;
        switch (measure)
        {
            case EffectMeasure.MD:
                yi = d.MeanE - d.MeanC;
                vi = d.SdE * d.SdE / d.NE + d.SdC * d.SdC / d.NC;
                break;
            case EffectMeasure.SMD:
                (yi, vi) = StandardisedMeanDifference(d, smd);
                break;
            case EffectMeasure.ROM:
                // log(m1/m2), v = sd1²/(n1·m1²) + sd2²/(n2·m2²) (Hedges, Gurevitch and Curtis 1999).
                yi = Math.Log(d.MeanE / d.MeanC);
                vi = d.SdE * d.SdE / (d.NE * d.MeanE * d.MeanE) + d.SdC * d.SdC / (d.NC * d.MeanC * d.MeanC);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a continuous measure.");
        }

        return double.IsFinite(yi) && double.IsFinite(vi) && vi > 0 ? new EffectSize(yi, vi) : null;
    }

    private static (double Yi, double Vi) StandardisedMeanDifference(ContinuousArms d, SmdVariant variant)
    {
        var n1 = d.NE;
        var n2 = d.NC;
        var n = n1 + n2;
        var pooledSd = Math.Sqrt(((n1 - 1) * d.SdE * d.SdE + (n2 - 1) * d.SdC * d.SdC) / (n - 2));
        var cohen = (d.MeanE - d.MeanC) / pooledSd;
        switch (variant)
        {
            case SmdVariant.CohensD:
                return (cohen, 1 / n1 + 1 / n2 + cohen * cohen / (2 * n));
            case SmdVariant.HedgesGApproximate:
                {
                    // RevMan 5: g = d(1 − 3/(4N − 9)), SE² = N/(n1·n2) + g²/(2(N − 3.94)).
                    var g = cohen * (1 - 3 / (4 * n - 9));
                    return (g, n / (n1 * n2) + g * g / (2 * (n - 3.94)));
                }

            default:
                {
                    // Hedges (1981): exact J(m) = Γ(m/2) / (√(m/2)·Γ((m − 1)/2)), m = n1 + n2 − 2;
                    // large-sample variance 1/n1 + 1/n2 + g²/(2(n1 + n2)) (metafor vtype="LS").
                    var m = n - 2;
                    var j = Math.Exp(SpecialFunctions.GammaLn(m / 2) - 0.5 * Math.Log(m / 2) - SpecialFunctions.GammaLn((m - 1) / 2));
                    var g = j * cohen;
                    return (g, 1 / n1 + 1 / n2 + g * g / (2 * n));
                }
        }
    }
}
