using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Tests.Plots;

/// <summary>
/// The real data the plot tests draw, as given in /work/shared/docs/METHODS-REFERENCE.md §3 (the same numbers as
/// tests/MetaReview.Review.Tests/Data): the BCG vaccine trials (Colditz et al. 1994, JAMA 271:698; metadat
/// dat.bcg) and RevMan 5's export of the Fleiss (1993) examples (Stat Methods Med Res 2:121).
/// </summary>
internal static class PublishedData
{
    /// <summary>BCG trials: label, year, allocation, TB cases and totals (vaccinated, then not vaccinated), absolute latitude.</summary>
    public static readonly (string Author, int Year, string Alloc, int Tpos, int Tneg, int Cpos, int Cneg, int Ablat)[] BcgRows =
    [
        ("Aronson", 1948, "random", 4, 119, 11, 128, 44),
        ("Ferguson & Simes", 1949, "random", 6, 300, 29, 274, 55),
        ("Rosenthal et al", 1960, "random", 3, 228, 11, 209, 42),
        ("Hart & Sutherland", 1977, "random", 62, 13536, 248, 12619, 52),
        ("Frimodt-Moller et al", 1973, "alternate", 33, 5036, 47, 5761, 13),
        ("Stein & Aronson", 1953, "alternate", 180, 1361, 372, 1079, 44),
        ("Vandiviere et al", 1973, "random", 8, 2537, 10, 619, 19),
        ("TPT Madras", 1980, "random", 505, 87886, 499, 87892, 13),
        ("Coetzee & Berjak", 1968, "random", 29, 7470, 45, 7232, 27),
        ("Rosenthal et al", 1961, "systematic", 17, 1699, 65, 1600, 42),
        ("Comstock et al", 1974, "systematic", 186, 50448, 141, 27197, 18),
        ("Comstock & Webster", 1969, "systematic", 5, 2493, 3, 2338, 33),
        ("Comstock et al", 1976, "systematic", 27, 16886, 29, 17825, 33),
    ];

    /// <summary>The BCG trials as events and totals, labelled "Author Year" (as the input reader's author_year labels).</summary>
    public static IReadOnlyList<StudyInput> Bcg { get; } =
        [.. BcgRows.Select(r => new StudyInput($"{r.Author} {r.Year}", new BinaryArms(r.Tpos, r.Tpos + r.Tneg, r.Cpos, r.Cpos + r.Cneg)))];

    public static IReadOnlyList<int?> BcgYears { get; } = [.. BcgRows.Select(r => (int?)r.Year)];

    /// <summary>Fleiss 1993, aspirin after myocardial infarction: deaths / total, aspirin vs control.</summary>
    public static IReadOnlyList<StudyInput> FleissAspirin { get; } =
    [
        new("MRC-1", new BinaryArms(49, 615, 67, 624)),
        new("CDP", new BinaryArms(44, 758, 64, 771)),
        new("MRC-2", new BinaryArms(102, 832, 126, 850)),
        new("GASP", new BinaryArms(32, 317, 38, 309)),
        new("PARIS", new BinaryArms(85, 810, 52, 406)),
        new("AMIS", new BinaryArms(246, 2267, 219, 2257)),
        new("ISIS-2", new BinaryArms(1570, 8587, 1720, 8600)),
    ];

    /// <summary>Fleiss 1993, mental health treatment vs control (mean, SD, n).</summary>
    public static IReadOnlyList<StudyInput> FleissMentalHealth { get; } =
    [
        new("Davis", new ContinuousArms(5, 4.7, 13, 6.5, 3.8, 13)),
        new("Florell", new ContinuousArms(4.9, 1.71, 30, 6.1, 2.3, 50)),
        new("Gruen", new ContinuousArms(22.5, 3.44, 35, 24.9, 10.65, 35)),
        new("Hart", new ContinuousArms(12.5, 1.47, 20, 12.3, 1.66, 20)),
        new("Wilson", new ContinuousArms(6.5, 0.76, 8, 7.38, 1.41, 8)),
    ];

    /// <summary>
    /// Anti-infective-treated central venous catheters and catheter-related bloodstream infection: Niel-Weise BS,
    /// Stijnen T, van den Broek PJ. Intensive Care Med 2007;33:2058–68 (metadat dat.nielweise2007): infections / total,
    /// treated vs standard catheter. Yucel 2004 has no infection in either arm.
    /// </summary>
    public static IReadOnlyList<StudyInput> NielWeise2007 { get; } =
    [
        new("Bach 1996", new BinaryArms(0, 116, 3, 117)),
        new("George 1997", new BinaryArms(1, 44, 3, 35)),
        new("Maki 1997", new BinaryArms(2, 208, 9, 195)),
        new("Raad 1997", new BinaryArms(0, 130, 7, 136)),
        new("Heard 1998", new BinaryArms(5, 151, 6, 157)),
        new("Collin 1999", new BinaryArms(1, 98, 4, 139)),
        new("Hannan 1999", new BinaryArms(1, 174, 3, 177)),
        new("Marik 1999", new BinaryArms(1, 74, 2, 39)),
        new("Pierce 2000", new BinaryArms(1, 97, 19, 103)),
        new("Sheng 2000", new BinaryArms(1, 113, 2, 122)),
        new("Chatzinikolaou 2003", new BinaryArms(0, 66, 7, 64)),
        new("Corral 2003", new BinaryArms(0, 70, 1, 58)),
        new("Brun-Buisson 2004", new BinaryArms(3, 188, 5, 175)),
        new("Leon 2004", new BinaryArms(6, 187, 11, 180)),
        new("Yucel 2004", new BinaryArms(0, 118, 0, 105)),
        new("Moretti 2005", new BinaryArms(0, 252, 1, 262)),
        new("Rupp 2005", new BinaryArms(1, 345, 3, 362)),
        new("Osma 2006", new BinaryArms(4, 64, 1, 69)),
    ];

    public static AnalysisResult Run(IReadOnlyList<StudyInput> studies, EffectMeasure measure, Preset preset, Func<AnalysisOptions, AnalysisOptions>? change = null)
    {
        var options = preset.Defaults(measure);
        return MetaAnalysis.Run(studies, change is null ? options : change(options));
    }

    public static AnalysisOptions Random(AnalysisOptions o) => o with { Model = o.Model with { Model = Statistics.Models.EffectModel.Random } };

    /// <summary>Random effects with the DerSimonian–Laird tau² (metafor <c>method="DL"</c>).</summary>
    public static AnalysisOptions DerSimonianLaird(AnalysisOptions o) => o with { Model = o.Model with { Model = Statistics.Models.EffectModel.Random, Tau2Method = Statistics.Estimators.Tau2Method.DL } };
}
