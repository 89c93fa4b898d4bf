using MetaReview.Statistics.Internal;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// PET-PEESE (Stanley and Doucouliagos 2014, Res Synth Methods 5:60, doi:10.1002/jrsm.1095). PET, the
/// precision-effect test, is the weighted regression yᵢ = β₀ + β₁·seᵢ (weights 1/vᵢ, multiplicative dispersion);
/// its intercept β₀ estimates the effect of a study with SE → 0 and is tested with t(k − 2). When that test is
/// significant (by default one-sided at 0.05, in the direction of the weighted mean), PEESE, the same regression
/// on vᵢ, gives the estimate; otherwise PET does. metafor: <c>regtest(res, model="lm")</c> (PET, its
/// <c>est</c>) and <c>regtest(res, model="lm", predictor="vi")</c> (PEESE), as in metafor's <c>regtest</c> notes.
/// </summary>
public static class PetPeese
{
    /// <summary>Fits PET and PEESE and applies the conditional rule.</summary>
    /// <param name="yi">Effect sizes (analysis scale).</param>
    /// <param name="vi">Sampling variances, finite and &gt; 0.</param>
    /// <param name="options">Significance level, one- or two-sided decision, confidence level.</param>
    /// <exception cref="ArgumentException">For invalid data, k &lt; 3, or equal standard errors.</exception>
    /// <exception cref="ArgumentOutOfRangeException">For an alpha or level outside (0, 1).</exception>
    public static PetPeeseResult Run(double[] yi, double[] vi, PetPeeseOptions? options = null)
    {
        options ??= new PetPeeseOptions();
        if (!(options.Alpha > 0 && options.Alpha < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Alpha, "Alpha must be between 0 and 1 (e.g. 0.05).");
        }

        var fit = ModelOptions.Default with { Level = options.Level };
        var pet = RegressionTest.Run(yi, vi, new RegressionTestOptions { Model = AsymmetryModel.WeightedRegression, Fit = fit });
        var peese = RegressionTest.Run(yi, vi, new RegressionTestOptions
        {
            Model = AsymmetryModel.WeightedRegression,
            Predictor = AsymmetryPredictor.Variance,
            Fit = fit,
        });

        var df = pet.K - 2;
        var t = pet.Intercept / pet.InterceptStandardError;
        double p;
        string rule;
        if (options.Decision == PetPeeseDecision.TwoSided)
        {
            p = Quantiles.TwoSidedTP(t, df);
            rule = "two-sided";
        }
        else
        {
            // The expected direction of a genuine effect: the sign of the fixed-effect (weighted) mean.
            double sw = 0, swy = 0;
            for (var i = 0; i < yi.Length; i++)
            {
                sw += 1 / vi[i];
                swy += yi[i] / vi[i];
            }

            var direction = swy >= 0 ? 1 : -1;
            p = UpperTailT(direction * t, df);
            rule = $"one-sided ({(direction > 0 ? "β₀ > 0" : "β₀ < 0")}, the direction of the weighted mean)";
        }

        var usesPeese = p < options.Alpha;
        var chosen = usesPeese ? peese : pet;
        var warnings = pet.Warnings.ToList();
        warnings.Add($"PET's intercept {(usesPeese ? "is" : "is not")} significant ({rule} p = {p.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)}, alpha {options.Alpha.ToString(System.Globalization.CultureInfo.InvariantCulture)}): the {(usesPeese ? "PEESE" : "PET")} estimate is reported.");
        return new PetPeeseResult
        {
            K = pet.K,
            Pet = pet,
            Peese = peese,
            PetInterceptStatistic = t,
            PetInterceptPValue = p,
            Decision = options.Decision,
            UsesPeese = usesPeese,
            Estimate = chosen.Intercept,
            StandardError = chosen.InterceptStandardError,
            CiLower = chosen.LimitCiLower!.Value,
            CiUpper = chosen.LimitCiUpper!.Value,
            Warnings = [.. warnings],
        };
    }

    /// <summary>P(T ≥ t) for Student's t with df degrees of freedom.</summary>
    private static double UpperTailT(double t, double df) => t >= 0
        ? Quantiles.TwoSidedTP(t, df) / 2
        : 1 - Quantiles.TwoSidedTP(t, df) / 2;
}
