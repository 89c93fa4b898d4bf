using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Reporting.Tests.Results;

/// <summary>
/// The BCG vaccine trials (Colditz et al. 1994, JAMA 271:698; metadat dat.bcg): TB cases and totals per arm, absolute
/// latitude, year and allocation, for the result writers' tests.
/// </summary>
internal static class Bcg
{
    // author year, tpos, tpos + tneg, cpos, cpos + cneg, ablat, year, alloc (dat.bcg rows 1 to 13).
    private static readonly (string Study, double Ai, double N1, double Ci, double N2, double Ablat, double Year, string Alloc)[] Rows =
    [
        ("Aronson 1948", 4, 123, 11, 139, 44, 1948, "random"),
        ("Ferguson & Simes 1949", 6, 306, 29, 303, 55, 1949, "random"),
        ("Rosenthal et al 1960", 3, 231, 11, 220, 42, 1960, "random"),
        ("Hart & Sutherland 1977", 62, 13598, 248, 12867, 52, 1977, "random"),
        ("Frimodt-Moller et al 1973", 33, 5069, 47, 5808, 13, 1973, "alternate"),
        ("Stein & Aronson 1953", 180, 1541, 372, 1451, 44, 1953, "alternate"),
        ("Vandiviere et al 1973", 8, 2545, 10, 629, 19, 1973, "random"),
        ("TPT Madras 1980", 505, 88391, 499, 88391, 13, 1980, "random"),
        ("Coetzee & Berjak 1968", 29, 7499, 45, 7277, 27, 1968, "random"),
        ("Rosenthal et al 1961", 17, 1716, 65, 1665, 42, 1961, "systematic"),
        ("Comstock et al 1974", 186, 50634, 141, 27338, 18, 1974, "systematic"),
        ("Comstock & Webster 1969", 5, 2498, 3, 2341, 33, 1969, "systematic"),
        ("Comstock et al 1976", 27, 16913, 29, 17854, 33, 1976, "systematic"),
    ];

    public static IReadOnlyList<StudyInput> Studies { get; } = [.. Rows.Select(r => new StudyInput(r.Study, new BinaryArms(r.Ai, r.N1, r.Ci, r.N2)))];

    public static IReadOnlyList<string?> Alloc { get; } = [.. Rows.Select(r => r.Alloc)];

    public static IReadOnlyList<string?> Year { get; } = [.. Rows.Select(r => r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    /// <summary>metafor's defaults for the log risk ratio (REML, z), or the settings given.</summary>
    public static AnalysisOptions Options(AnalysisSettings? settings = null) => (settings ?? new AnalysisSettings()).Resolve(EffectMeasure.RR);

    /// <summary>The analysis of all 13 trials.</summary>
    public static AnalysisResult Analysis(AnalysisSettings? settings = null) => MetaAnalysis.Run(Studies, Options(settings));

    /// <summary>The meta-regression <c>rma(yi, vi, mods = ~ formula)</c> with the given settings.</summary>
    public static MetaRegressionResult MetaRegression(string formula, AnalysisSettings? settings = null)
    {
        var analysis = Analysis(settings);
        ModeratorColumn[] columns =
        [
            ModeratorColumn.Numeric("ablat", [.. Rows.Select(r => r.Ablat)]),
            ModeratorColumn.Numeric("year", [.. Rows.Select(r => r.Year)]),
            ModeratorColumn.Categorical("alloc", Alloc),
        ];
        return MetaRegressionModel.Fit([.. analysis.Effects.Yi], [.. analysis.Effects.Vi], formula, columns, analysis.Options.Model);
    }
}
