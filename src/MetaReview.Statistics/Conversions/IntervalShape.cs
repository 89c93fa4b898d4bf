namespace MetaReview.Statistics.Conversions;

/// <summary>Checks that a confidence interval is symmetric about its estimate, as the conversions assume.</summary>
internal static class IntervalShape
{
    /// <summary>
    /// The largest difference between the two half-widths, as a share of the width, that rounding of the
    /// printed bounds explains; beyond it the interval is probably on another scale or not a Wald interval.
    /// </summary>
    public const double Tolerance = 0.10;

    /// <summary>A note when the estimate is not near the middle of the interval (all on the analysis scale), else null.</summary>
    public static string? AsymmetryNote(double lower, double estimate, double upper, string what)
    {
        var width = upper - lower;
        if (width <= 0)
        {
            return null;
        }

        if (estimate < lower || estimate > upper)
        {
            return $"the {what} lies outside its confidence interval: check the source";
        }

        var imbalance = Math.Abs((upper - estimate) - (estimate - lower)) / width;
        return imbalance > Tolerance
            ? $"the confidence interval is not symmetric about the {what} (half-widths {RecordBuilder.Out(estimate - lower)} and {RecordBuilder.Out(upper - estimate)}): it may be on another scale (e.g. log) or not of the form estimate ± q·SE; check the source"
            : null;
    }
}
