using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Benchmarks.Data;

/// <summary>
/// The first 10 trials of Gibson et al. 2002 (self-management education for adults with asthma, Cochrane Database Syst
/// Rev CD001117; metadat <c>dat.gibson2002</c>, rows 1–10): days off work or school, mean, SD and size per arm.
/// </summary>
internal static class Gibson10
{
    /// <summary>The trials as continuous arm data (experimental = education, control = usual care).</summary>
    public static StudyInput[] Studies() =>
    [
        Trial("Cote 1997", 50, 2.20, 12.73, 54, 5.20, 12.50),
        Trial("Ghosh 1998", 140, 17.60, 24.20, 136, 34.10, 38.80),
        Trial("Hayward 1996", 23, 0.38, 0.56, 19, 0.23, 0.29),
        Trial("Heard 1999", 97, 2.09, 5.93, 94, 2.66, 4.95),
        Trial("Ignacio-Garcia 1995", 35, 4.92, 6.05, 35, 20.00, 26.34),
        Trial("Knoell 1998", 45, 0.85, 4.75, 55, 2.31, 9.16),
        Trial("Lahdensuo 1996", 56, 2.80, 9.00, 59, 4.80, 7.20),
        Trial("Sommaruga 1995", 20, 24.10, 11.80, 20, 31.80, 17.90),
        Trial("Zeiger 1991", 128, 1.40, 3.30, 143, 2.30, 7.60),
        Trial("Garret 1994", 119, 6.23, 12.20, 100, 5.71, 8.57),
    ];

    private static StudyInput Trial(string study, double n1, double m1, double sd1, double n2, double m2, double sd2) =>
        new(study, new ContinuousArms(m1, sd1, n1, m2, sd2, n2));
}
