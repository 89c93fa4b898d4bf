using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// One step of a leave-one-out or cumulative meta-analysis, on the analysis scale (log for ratio measures, as
/// metafor's <c>leave1out</c> and <c>cumul</c> report it): the study omitted or added, the pooled estimate and
/// its confidence interval, and optionally tau², I² (percent) and the p-value of the pooled estimate.
/// </summary>
public sealed record SensitivityRow(string Study, double Estimate, double CiLower, double CiUpper)
{
    public double? Tau2 { get; init; }

    public double? I2 { get; init; }

    public double? PValue { get; init; }

    /// <summary>A step computed by the engine (<see cref="LeaveOneOutFit"/>, <see cref="CumulativeFit"/>), with tau², I² and p.</summary>
    public static SensitivityRow From(SensitivityFit fit, string study)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new SensitivityRow(study, fit.Estimate, fit.CiLower, fit.CiUpper) { Tau2 = fit.Tau2, I2 = fit.I2, PValue = fit.PValue };
    }
}
