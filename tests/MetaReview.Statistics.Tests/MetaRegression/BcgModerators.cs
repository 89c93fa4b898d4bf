using MetaReview.Statistics.Tests.Published;

namespace MetaReview.Statistics.Tests.MetaRegression;

/// <summary>
/// The moderators of the BCG trials (Colditz et al. 1994; docs/METHODS-REFERENCE.md §3, metadat dat.bcg):
/// absolute latitude, publication year and the method of treatment allocation, in trial order.
/// </summary>
internal static class BcgModerators
{
    public static readonly double[] Ablat = [44, 55, 42, 52, 13, 44, 19, 13, 27, 42, 18, 33, 33];

    public static readonly double[] Year = [1948, 1949, 1960, 1977, 1973, 1953, 1973, 1980, 1968, 1961, 1974, 1969, 1976];

    public static readonly string[] Alloc =
    [
        "random", "random", "random", "random", "alternate", "alternate", "random", "random", "random",
        "systematic", "systematic", "systematic", "systematic",
    ];

    /// <summary>Log risk ratios and their variances (metafor escalc(measure="RR")).</summary>
    public static (double[] Yi, double[] Vi) LogRiskRatios() => Colditz1994BcgTests.LogRiskRatios();

    /// <summary>The design [1, ablat, year] row-major.</summary>
    public static double[] InterceptAblatYear()
    {
        var x = new double[Ablat.Length * 3];
        for (var i = 0; i < Ablat.Length; i++)
        {
            x[3 * i] = 1;
            x[3 * i + 1] = Ablat[i];
            x[3 * i + 2] = Year[i];
        }

        return x;
    }
}
