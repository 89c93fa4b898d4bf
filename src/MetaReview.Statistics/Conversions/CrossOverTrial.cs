namespace MetaReview.Statistics.Conversions;

/// <summary>
/// The mean difference (MD) and its standard error from a two-period cross-over trial reported as if it
/// were a parallel trial (a mean and SD per intervention): the n participants each received both
/// interventions, so SE(MD) = SD_diff/√n with SD_diff the SD of the within-person differences, known or
/// imputed from a correlation: SD_diff = √(SD_E² + SD_C² − 2·r·SD_E·SD_C). Cochrane Handbook, chapter 23
/// (Higgins et al. (eds) 2019, doi:10.1002/9781119536604); worked example in version 5.1, §16.4.6.4.
/// </summary>
/// <remarks>
/// n is the number of participants, not the sum of the two "arms": treating the periods as independent
/// groups (SE = √(SD_E²/n + SD_C²/n)) ignores the pairing and is what this avoids. Valid input: finite means,
/// SDs ≥ 0, n ≥ 2, −1 ≤ r ≤ 1. The estimate is returned for a generic inverse-variance analysis.
/// </remarks>
public static class CrossOverTrial
{
    /// <summary>MD = M_E − M_C and SE = SD_diff/√n, with a known or imputed SD of the within-person differences.</summary>
    /// <param name="meanE">The mean on the experimental intervention.</param>
    /// <param name="meanC">The mean on the control intervention.</param>
    /// <param name="sdDiff">The SD of the within-person differences (finite, ≥ 0).</param>
    /// <param name="n">The number of participants (≥ 2).</param>
    /// <exception cref="ArgumentException">When a mean is not finite, the SD is negative or not finite, or n &lt; 2.</exception>
    public static StandardErrorConversion FromSdOfDifferences(double meanE, double meanC, double sdDiff, double n)
    {
        ConversionChecks.Finite(meanE);
        ConversionChecks.Finite(meanC);
        ConversionChecks.NonNegative(sdDiff);
        ConversionChecks.AtLeast(n, 2);
        var md = meanE - meanC;
        var se = sdDiff / Math.Sqrt(n);
        var record = new RecordBuilder().In("mean_e", meanE).In("mean_c", meanC).In("sd_diff", sdDiff).In("n", n).Out("md", md).Out("se", se);
        var description = $"Cross-over MD with the SD of within-person differences: mean E {RecordBuilder.In(meanE)}, mean C {RecordBuilder.In(meanC)}, SD diff {RecordBuilder.In(sdDiff)}, n = {RecordBuilder.In(n)} participants → MD {RecordBuilder.Out(md)}, SE {RecordBuilder.Out(se)}";
        return new StandardErrorConversion(md, se, record.Build("Cross-over MD from SD of differences", Citations.HandbookCrossOver, description));
    }

    /// <summary>
    /// MD = M_E − M_C and SE = SD_diff/√n, with SD_diff = √(SD_E² + SD_C² − 2·r·SD_E·SD_C) from an imputed
    /// within-person correlation r.
    /// </summary>
    /// <param name="meanE">The mean on the experimental intervention.</param>
    /// <param name="sdE">The SD on the experimental intervention (finite, ≥ 0).</param>
    /// <param name="meanC">The mean on the control intervention.</param>
    /// <param name="sdC">The SD on the control intervention (finite, ≥ 0).</param>
    /// <param name="n">The number of participants (≥ 2).</param>
    /// <param name="correlation">The correlation between a person's two measurements, −1 ≤ r ≤ 1.</param>
    /// <exception cref="ArgumentException">When a value is invalid as stated for its parameter.</exception>
    public static StandardErrorConversion FromCorrelation(double meanE, double sdE, double meanC, double sdC, double n, double correlation)
    {
        ConversionChecks.Finite(meanE);
        ConversionChecks.NonNegative(sdE);
        ConversionChecks.Finite(meanC);
        ConversionChecks.NonNegative(sdC);
        ConversionChecks.AtLeast(n, 2);
        ConversionChecks.Correlation(correlation);
        var md = meanE - meanC;
        var sdDiff = ChangeScore.DifferenceSd(sdE, sdC, correlation);
        var se = sdDiff / Math.Sqrt(n);
        var record = new RecordBuilder().In("mean_e", meanE).In("sd_e", sdE).In("mean_c", meanC).In("sd_c", sdC).In("n", n).In("r", correlation)
            .Out("md", md).Out("sd_diff", sdDiff).Out("se", se);
        var description = $"Cross-over MD with correlation r = {RecordBuilder.In(correlation)}: mean E {RecordBuilder.In(meanE)} (SD {RecordBuilder.In(sdE)}), mean C {RecordBuilder.In(meanC)} (SD {RecordBuilder.In(sdC)}), n = {RecordBuilder.In(n)} participants → SD diff {RecordBuilder.Out(sdDiff)}, MD {RecordBuilder.Out(md)}, SE {RecordBuilder.Out(se)}";
        return new StandardErrorConversion(md, se, record.Build("Cross-over MD from a correlation", Citations.HandbookCrossOver, description));
    }
}
