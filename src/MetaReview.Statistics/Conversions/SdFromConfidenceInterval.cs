using System.Globalization;
using MetaReview.Statistics.Internal;

namespace MetaReview.Statistics.Conversions;

/// <summary>
/// The SD of a group from a confidence interval for its mean: SD = √n · (upper − lower)/(2·q), q the
/// t(1 − α/2, n − 1) quantile (default) or the normal quantile Φ⁻¹(1 − α/2) (1.959964 for 95%, the
/// Handbook's "divide by 3.92" for large samples). Cochrane Handbook §6.5.2.2 (Higgins et al. (eds) 2019,
/// doi:10.1002/9781119536604).
/// </summary>
/// <remarks>
/// Assumes the interval is mean ± q·SD/√n. An interval from a model (e.g. adjusted means) or built on
/// another scale is not such an interval: when the mean is given and the interval is not symmetric about it
/// (the two half-widths differ by more than 10% of the width), the record carries a note. Valid input:
/// finite bounds with lower ≤ upper, n ≥ 2, level in (0, 1); equal bounds give SD 0 with a note.
/// </remarks>
public static class SdFromConfidenceInterval
{
    /// <summary>SD = √n · (upper − lower)/(2·q).</summary>
    /// <param name="ciLower">The lower bound of the CI of the mean.</param>
    /// <param name="ciUpper">The upper bound (≥ lower).</param>
    /// <param name="n">The group's sample size (≥ 2); the t quantile has n − 1 degrees of freedom.</param>
    /// <param name="level">The confidence level, default 0.95.</param>
    /// <param name="distribution">t with n − 1 df (default) or normal.</param>
    /// <param name="mean">The reported mean, if any: recorded, and used only to check the interval's symmetry.</param>
    /// <exception cref="ArgumentException">When a bound is not finite, lower &gt; upper, n &lt; 2, or the level is not in (0, 1).</exception>
    public static SdConversion Compute(double ciLower, double ciUpper, double n, double level = 0.95, IntervalDistribution distribution = IntervalDistribution.StudentT, double? mean = null)
    {
        ConversionChecks.Finite(ciLower);
        ConversionChecks.Finite(ciUpper);
        ConversionChecks.Ordered(ciLower, ciUpper);
        ConversionChecks.AtLeast(n, 2);
        ConversionChecks.OpenUnit(level);
        if (mean is { } m)
        {
            ConversionChecks.Finite(m, nameof(mean));
        }

        var p = (1 + level) / 2;
        var quantile = distribution == IntervalDistribution.StudentT ? Quantiles.StudentT(p, n - 1) : Quantiles.Normal(p);
        var se = (ciUpper - ciLower) / (2 * quantile);
        var sd = Math.Sqrt(n) * se;

        var record = new RecordBuilder();
        if (mean is { } given)
        {
            record.In("mean", given);
        }

        record.In("ci_lower", ciLower).In("ci_upper", ciUpper).In("n", n).In("level", level).Out("se", se).Out("sd", sd);
        if (mean is { } reported && IntervalShape.AsymmetryNote(ciLower, reported, ciUpper, "mean") is { } note)
        {
            record.Note(note);
        }

        if (sd == 0)
        {
            record.Note("the interval has zero width, so the SD is 0: check the source");
        }

        var multiplier = distribution == IntervalDistribution.StudentT
            ? $"t with {(n - 1).ToString(CultureInfo.InvariantCulture)} df"
            : $"normal, {RecordBuilder.Out(2 * quantile)} = 2 × {RecordBuilder.Out(quantile)}";
        var description = $"SD from {RecordBuilder.Percent(level)} CI of the mean ({multiplier}): ({RecordBuilder.In(ciLower)}, {RecordBuilder.In(ciUpper)}), n = {RecordBuilder.In(n)} → SD {RecordBuilder.Out(sd)}";
        var method = distribution == IntervalDistribution.StudentT ? "SD from CI of a mean (t)" : "SD from CI of a mean (normal)";
        return new SdConversion(sd, record.Build(method, Citations.HandbookGroupMeanSd, description));
    }
}
