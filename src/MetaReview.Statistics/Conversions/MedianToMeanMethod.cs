namespace MetaReview.Statistics.Conversions;

/// <summary>Which formulas estimate a mean and SD from a median with a range and/or an interquartile range.</summary>
public enum MedianToMeanMethod
{
    /// <summary>
    /// The default: mean by Luo et al. (2018, doi:10.1177/0962280216669183); SD by Wan et al. (2014,
    /// doi:10.1186/1471-2288-14-135) from the range or the IQR, and by Shi et al. (2020,
    /// doi:10.1002/jrsm.1429) from all five numbers. metafor 4's <c>conv.fivenum(method="luo/wan/shi")</c>.
    /// </summary>
    LuoWanShi,

    /// <summary>
    /// Hozo et al. (2005, doi:10.1186/1471-2288-5-13): mean (a + 2m + b)/4 and SD
    /// √{[(a − 2m + b)²/4 + (b − a)²]/12}. Only for the minimum, median and maximum; it ignores n.
    /// </summary>
    Hozo2005,
}
