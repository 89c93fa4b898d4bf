using MetaReview.Statistics.Analysis;

namespace MetaReview.Reporting.Results;

/// <summary>
/// What <c>metareview analyze</c> writes: the analysis and, when asked for, its subgroup analysis
/// (<c>--subgroup</c>), meta-regression (<c>--mods</c>), sensitivity analyses and small-study tests (<c>--bias</c>).
/// </summary>
/// <param name="Analysis">The main analysis.</param>
public sealed record AnalysisOutput(AnalysisResult Analysis)
{
    /// <summary>The subgroup analysis, or <see langword="null"/>.</summary>
    public SubgroupOutput? Subgroups { get; init; }

    /// <summary>The meta-regression, or <see langword="null"/>.</summary>
    public MetaRegressionOutput? MetaRegression { get; init; }

    /// <summary>The sensitivity analyses, or <see langword="null"/>.</summary>
    public SensitivityOutput? Sensitivity { get; init; }

    /// <summary>The tests for small-study effects, or <see langword="null"/>.</summary>
    public SmallStudyOutput? SmallStudy { get; init; }
}
