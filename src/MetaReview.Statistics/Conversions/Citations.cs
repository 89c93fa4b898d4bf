namespace MetaReview.Statistics.Conversions;

/// <summary>The sources of the conversion formulas, as printed in <see cref="ConversionRecord.Citation"/>.</summary>
internal static class Citations
{
    public const string Luo2018 =
        "Luo D, Wan X, Liu J, Tong T (2018). Optimally estimating the sample mean from the sample size, median, mid-range, and/or mid-quartile range. Stat Methods Med Res 27(6):1785-1805. doi:10.1177/0962280216669183";

    public const string Wan2014 =
        "Wan X, Wang W, Liu J, Tong T (2014). Estimating the sample mean and standard deviation from the sample size, median, range and/or interquartile range. BMC Med Res Methodol 14:135. doi:10.1186/1471-2288-14-135";

    public const string Shi2020 =
        "Shi J, Luo D, Weng H, Zeng X-T, Lin L, Chu H, Tong T (2020). Optimally estimating the sample standard deviation from the five-number summary. Res Synth Methods 11(5):641-654. doi:10.1002/jrsm.1429";

    public const string Hozo2005 =
        "Hozo SP, Djulbegovic B, Hozo I (2005). Estimating the mean and variance from the median, range, and the size of a sample. BMC Med Res Methodol 5:13. doi:10.1186/1471-2288-5-13";

    private const string Handbook =
        "Higgins JPT, Thomas J, Chandler J, Cumpston M, Li T, Page MJ, Welch VA (eds) (2019). Cochrane Handbook for Systematic Reviews of Interventions, 2nd edition. Wiley. doi:10.1002/9781119536604";

    /// <summary>Handbook §6.5.2.2: SDs from SEs and CIs of group means.</summary>
    public const string HandbookGroupMeanSd = Handbook + ", section 6.5.2.2";

    /// <summary>Handbook §6.3.1-6.3.2: SEs from CIs and P values of differences and ratios.</summary>
    public const string HandbookEffectSe = Handbook + ", sections 6.3.1-6.3.2";

    /// <summary>Handbook §6.5.2.8: imputing change-from-baseline SDs with a correlation coefficient.</summary>
    public const string HandbookChangeSd = Handbook + ", section 6.5.2.8";

    /// <summary>Handbook Table 6.5.a: combining groups.</summary>
    public const string HandbookCombineGroups = Handbook + ", section 6.5.2.10, Table 6.5.a";

    /// <summary>Handbook §23.1.4: effective sample sizes of cluster-randomized trials.</summary>
    public const string HandbookCluster = Handbook + ", section 23.1.4";

    /// <summary>Handbook §23.3.4: splitting a shared group of a multi-arm trial.</summary>
    public const string HandbookSharedGroup = Handbook + ", section 23.3.4";

    /// <summary>Handbook cross-over trials (chapter 23; the worked example is §16.4.6.4 of version 5.1).</summary>
    public const string HandbookCrossOver = Handbook + ", section 23.2.7 (worked example: version 5.1, section 16.4.6.4)";
}
