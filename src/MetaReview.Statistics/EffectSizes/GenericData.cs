namespace MetaReview.Statistics.EffectSizes;

/// <summary>
/// A study's estimate on the analysis scale with its sampling variance (RevMan's "generic inverse
/// variance"). Ratio estimates must already be logged; <see cref="FromConfidenceInterval"/> does that.
/// </summary>
/// <param name="Yi">Estimate on the analysis scale.</param>
/// <param name="Vi">Sampling variance (&gt; 0).</param>
public sealed record GenericData(double Yi, double Vi) : StudyData
{
    /// <inheritdoc />
    public override DataType DataType => DataType.Generic;

    /// <summary>An estimate with its standard error: vi = sei².</summary>
    public static GenericData FromStandardError(double yi, double sei) => new(yi, sei * sei);

    /// <summary>
    /// An estimate with a symmetric confidence interval on the natural scale. For ratio measures the
    /// estimate and bounds are logged first; the standard error is (upper − lower) / (2·z), with
    /// z = Φ⁻¹(1 − (1 − level)/2) (1.959964 for 95%; Cochrane Handbook §6.3.1).
    /// </summary>
    /// <param name="estimate">The point estimate on the natural scale.</param>
    /// <param name="lower">Lower confidence bound on the natural scale.</param>
    /// <param name="upper">Upper confidence bound on the natural scale.</param>
    /// <param name="isRatio">True when the estimate is a ratio (RR, OR, HR, IRR, ROM) and must be logged.</param>
    /// <param name="level">Confidence level of the interval, e.g. 0.95.</param>
    public static GenericData FromConfidenceInterval(double estimate, double lower, double upper, bool isRatio, double level = 0.95)
    {
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - level) / 2);
        var (y, lo, hi) = isRatio ? (Math.Log(estimate), Math.Log(lower), Math.Log(upper)) : (estimate, lower, upper);
        var se = (hi - lo) / (2 * z);
        return new GenericData(y, se * se);
    }
}
