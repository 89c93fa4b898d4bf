namespace MetaReview.Statistics.Conversions;

/// <summary>
/// Standard deviations of change from baseline, and the baseline–final correlation they imply, for one
/// arm (Cochrane Handbook §6.5.2.8; Higgins et al. (eds) 2019, doi:10.1002/9781119536604):
/// SD_change = √(SD_baseline² + SD_final² − 2·r·SD_baseline·SD_final), and from a study that reports all
/// three SDs, r = (SD_baseline² + SD_final² − SD_change²)/(2·SD_baseline·SD_final).
/// </summary>
/// <remarks>
/// The usual use is to compute r from one or more studies that report all three SDs and impute it in
/// studies that do not; the Handbook asks for a sensitivity analysis over plausible values of r. The same
/// formula gives the SD of within-person differences in a cross-over trial (<see cref="CrossOverTrial"/>).
/// </remarks>
public static class ChangeScore
{
    /// <summary>SD_change = √(SD_baseline² + SD_final² − 2·r·SD_baseline·SD_final).</summary>
    /// <param name="sdBaseline">The SD at baseline (finite, ≥ 0).</param>
    /// <param name="sdFinal">The SD at the final time point (finite, ≥ 0).</param>
    /// <param name="correlation">The (imputed) correlation between baseline and final values, −1 ≤ r ≤ 1.</param>
    /// <exception cref="ArgumentException">When an SD is negative or not finite, or r is outside [−1, 1].</exception>
    public static SdConversion Sd(double sdBaseline, double sdFinal, double correlation)
    {
        ConversionChecks.NonNegative(sdBaseline);
        ConversionChecks.NonNegative(sdFinal);
        ConversionChecks.Correlation(correlation);
        var sd = DifferenceSd(sdBaseline, sdFinal, correlation);
        var record = new RecordBuilder().In("sd_baseline", sdBaseline).In("sd_final", sdFinal).In("r", correlation).Out("sd_change", sd);
        if (sd == 0)
        {
            record.Note("the SD of change is 0 (r = 1 with equal SDs, or both SDs 0): check the inputs");
        }

        var description = $"SD of change from baseline with correlation r = {RecordBuilder.In(correlation)}: SD baseline {RecordBuilder.In(sdBaseline)}, SD final {RecordBuilder.In(sdFinal)} → SD change {RecordBuilder.Out(sd)}";
        return new SdConversion(sd, record.Build("SD of change from a correlation", Citations.HandbookChangeSd, description));
    }

    /// <summary>r = (SD_baseline² + SD_final² − SD_change²)/(2·SD_baseline·SD_final), from a study that reports all three SDs.</summary>
    /// <param name="sdBaseline">The SD at baseline (finite, &gt; 0).</param>
    /// <param name="sdFinal">The SD at the final time point (finite, &gt; 0).</param>
    /// <param name="sdChange">The SD of the change (finite, ≥ 0); it must lie between |SD_baseline − SD_final| and SD_baseline + SD_final.</param>
    /// <exception cref="ArgumentException">
    /// When an SD is invalid, or the three SDs are inconsistent (the implied r is outside [−1, 1]); the message
    /// gives the implied r.
    /// </exception>
    public static CorrelationConversion Correlation(double sdBaseline, double sdFinal, double sdChange)
    {
        ConversionChecks.Positive(sdBaseline);
        ConversionChecks.Positive(sdFinal);
        ConversionChecks.NonNegative(sdChange);
        var r = (sdBaseline * sdBaseline + sdFinal * sdFinal - sdChange * sdChange) / (2 * sdBaseline * sdFinal);
        if (!(r >= -1 && r <= 1))
        {
            throw ConversionChecks.Invalid(nameof(sdChange),
                $"sdChange ({ConversionChecks.F(sdChange)}) is inconsistent with sdBaseline ({ConversionChecks.F(sdBaseline)}) and sdFinal ({ConversionChecks.F(sdFinal)}): "
                + $"the implied correlation {RecordBuilder.Out(r)} is outside [-1, 1] (sdChange must lie between {ConversionChecks.F(Math.Abs(sdBaseline - sdFinal))} and {ConversionChecks.F(sdBaseline + sdFinal)})");
        }

        var record = new RecordBuilder().In("sd_baseline", sdBaseline).In("sd_final", sdFinal).In("sd_change", sdChange).Out("r", r);
        var description = $"Correlation between baseline and final values from the three SDs: SD baseline {RecordBuilder.In(sdBaseline)}, SD final {RecordBuilder.In(sdFinal)}, SD change {RecordBuilder.In(sdChange)} → r {RecordBuilder.Out(r)}";
        return new CorrelationConversion(r, record.Build("Correlation from baseline, final and change SDs", Citations.HandbookChangeSd, description));
    }

    /// <summary>√(sd1² + sd2² − 2·r·sd1·sd2), the SD of the difference of two correlated measurements (never NaN for valid input).</summary>
    internal static double DifferenceSd(double sd1, double sd2, double r) =>
        Math.Sqrt(Math.Max(0, sd1 * sd1 + sd2 * sd2 - 2 * r * sd1 * sd2));
}
