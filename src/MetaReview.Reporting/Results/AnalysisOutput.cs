using MetaReview.Statistics.Analysis;

namespace MetaReview.Reporting.Results;

/// <summary>
/// What <c>metareview analyze</c> writes: the analysis and, when asked for, its subgroup analysis
/// (<c>--subgroup</c>) and meta-regression (<c>--mods</c>).
/// </summary>
/// <param name="Analysis">The main analysis.</param>
public sealed record AnalysisOutput(AnalysisResult Analysis)
{
    /// <summary>The subgroup analysis, or <see langword="null"/>.</summary>
    public SubgroupOutput? Subgroups { get; init; }

    /// <summary>The meta-regression, or <see langword="null"/>.</summary>
    public MetaRegressionOutput? MetaRegression { get; init; }
}
