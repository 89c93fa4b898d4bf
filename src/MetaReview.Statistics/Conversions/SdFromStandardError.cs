namespace MetaReview.Statistics.Conversions;

/// <summary>
/// The SD of a group from the standard error of its mean: SD = √n · SE (Cochrane Handbook §6.5.2.2; Higgins
/// et al. (eds) 2019, doi:10.1002/9781119536604).
/// </summary>
/// <remarks>
/// Only for the SE of one group's mean, never for the SE of a difference between groups (that needs
/// √(1/n1 + 1/n2)). Valid input: SE finite and ≥ 0, n ≥ 2; SE 0 gives SD 0 with a note.
/// </remarks>
public static class SdFromStandardError
{
    /// <summary>SD = √n · SE.</summary>
    /// <param name="standardError">The standard error of the group mean (finite, ≥ 0).</param>
    /// <param name="n">The group's sample size (≥ 2).</param>
    /// <exception cref="ArgumentException">When the SE is negative or not finite, or n &lt; 2.</exception>
    public static SdConversion Compute(double standardError, double n)
    {
        ConversionChecks.NonNegative(standardError);
        ConversionChecks.AtLeast(n, 2);
        var sd = Math.Sqrt(n) * standardError;
        var record = new RecordBuilder().In("se", standardError).In("n", n).Out("sd", sd);
        if (sd == 0)
        {
            record.Note("the SE is 0, so the SD is 0: check the source (a zero SD cannot enter an analysis of means)");
        }

        var description = $"SD from SE of the mean: SE {RecordBuilder.In(standardError)}, n = {RecordBuilder.In(n)} → SD {RecordBuilder.Out(sd)}";
        return new SdConversion(sd, record.Build("SD from SE of a mean", Citations.HandbookGroupMeanSd, description));
    }
}
