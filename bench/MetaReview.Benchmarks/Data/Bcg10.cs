using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Benchmarks.Data;

/// <summary>
/// The first 10 of the 13 BCG vaccine trials (Colditz et al. 1994, JAMA 271:698; metadat <c>dat.bcg</c>, rows 1–10):
/// tuberculosis cases and totals per arm. Real data, so that REML converges on a realistic tau² (the log RR of these
/// trials is strongly heterogeneous).
/// </summary>
internal static class Bcg10
{
    /// <summary>The trials as binary arm data (events = tpos, total = tpos + tneg; control: cpos, cpos + cneg).</summary>
    public static StudyInput[] Studies() =>
    [
        Trial("Aronson 1948", 4, 119, 11, 128),
        Trial("Ferguson & Simes 1949", 6, 300, 29, 274),
        Trial("Rosenthal et al 1960", 3, 228, 11, 209),
        Trial("Hart & Sutherland 1977", 62, 13536, 248, 12619),
        Trial("Frimodt-Moller et al 1973", 33, 5036, 47, 5761),
        Trial("Stein & Aronson 1953", 180, 1361, 372, 1079),
        Trial("Vandiviere et al 1973", 8, 2537, 10, 619),
        Trial("TPT Madras 1980", 505, 87886, 499, 87892),
        Trial("Coetzee & Berjak 1968", 29, 7470, 45, 7232),
        Trial("Rosenthal et al 1961", 17, 1699, 65, 1600),
    ];

    private static StudyInput Trial(string study, double tpos, double tneg, double cpos, double cneg) =>
        new(study, new BinaryArms(tpos, tpos + tneg, cpos, cpos + cneg));
}
