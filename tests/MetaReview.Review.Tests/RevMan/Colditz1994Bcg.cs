using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>
/// The BCG vaccine trials (Colditz et al. 1994, JAMA 271:698; metadat dat.bcg; shared/docs/METHODS-REFERENCE.md §3):
/// tuberculosis cases / total, vaccinated vs not, and the allocation used as subgroups.
/// </summary>
internal static class Colditz1994Bcg
{
    public static readonly (string Id, BinaryArms Arms, string Allocation)[] Trials =
    [
        ("STD-Aronson-1948", new BinaryArms(4, 123, 11, 139), "random"),
        ("STD-Ferguson-1949", new BinaryArms(6, 306, 29, 303), "random"),
        ("STD-Rosenthal-1960", new BinaryArms(3, 231, 11, 220), "random"),
        ("STD-Hart-1977", new BinaryArms(62, 13598, 248, 12867), "random"),
        ("STD-Frimodt_x002d_Moller-1973", new BinaryArms(33, 5069, 47, 5808), "alternate"),
        ("STD-Stein-1953", new BinaryArms(180, 1541, 372, 1451), "alternate"),
        ("STD-Vandiviere-1973", new BinaryArms(8, 2545, 10, 629), "random"),
        ("STD-TPT_x0020_Madras-1980", new BinaryArms(505, 88391, 499, 88391), "random"),
        ("STD-Coetzee-1968", new BinaryArms(29, 7499, 45, 7277), "random"),
        ("STD-Rosenthal-1961", new BinaryArms(17, 1716, 65, 1665), "systematic"),
        ("STD-Comstock-1974", new BinaryArms(186, 50634, 141, 27338), "systematic"),
        ("STD-Comstock_x0020_Webster-1969", new BinaryArms(5, 2498, 3, 2341), "systematic"),
        ("STD-Comstock-1976", new BinaryArms(27, 16913, 29, 17854), "systematic"),
    ];

    /// <summary>Peto's O − E and V of a 2×2 table: O = a, E = n₁(a + c)/N, V = n₁n₂(a + c)(b + d)/(N²(N − 1)).</summary>
    public static (double OMinusE, double V) Peto(BinaryArms t)
    {
        var n = t.NE + t.NC;
        var events = t.EventsE + t.EventsC;
        var e = t.NE * events / n;
        var v = t.NE * t.NC * events * (n - events) / (n * n * (n - 1));
        return (t.EventsE - e, v);
    }

    /// <summary>The log risk ratio and its variance (Handbook §6.4.1): ln(a/n₁ ÷ c/n₂), 1/a − 1/n₁ + 1/c − 1/n₂.</summary>
    public static (double Yi, double Vi) LogRiskRatio(BinaryArms t) =>
        (Math.Log(t.EventsE / t.NE / (t.EventsC / t.NC)), 1 / t.EventsE - 1 / t.NE + 1 / t.EventsC - 1 / t.NC);
}
