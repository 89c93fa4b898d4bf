using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>Checks shared by the sensitivity analyses; messages name the argument and the value.</summary>
internal static class SensitivityArguments
{
    /// <summary>Validates yᵢ and vᵢ as <see cref="ModelData.InterceptOnly"/> does and returns the options to use.</summary>
    public static ModelOptions Check(double[] yi, double[] vi, ModelOptions? options)
    {
        ModelData.Validate(yi, vi);
        options ??= ModelOptions.Default;
        if (!(options.Level > 0 && options.Level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Level, "Level must be between 0 and 1 (e.g. 0.95).");
        }

        if (options.FixedTau2 is { } t && !(t >= 0 && double.IsFinite(t)))
        {
            throw new ArgumentOutOfRangeException(nameof(options), t, "A fixed tau² must be a finite number ≥ 0.");
        }

        return options;
    }

    /// <summary>A note for each refit whose iterative tau² estimate did not converge.</summary>
    public static void NoteConvergence(in SubsetSummary fit, string what, ICollection<string> warnings, ModelOptions options)
    {
        if (!fit.Converged)
        {
            warnings.Add($"The {options.Tau2Method} estimate of tau² did not converge {what}.");
        }
    }
}
