using System.Collections.Immutable;
using MetaReview.Review.Grade;
using MetaReview.Review.Project;
using MetaReview.Statistics.Analysis;

namespace MetaReview.Review.Synthesis;

/// <summary>Everything computed for one outcome of a review.</summary>
public sealed record OutcomeSynthesis
{
    /// <summary>The outcome as recorded in the review file.</summary>
    public required ReviewOutcome Outcome { get; init; }

    /// <summary>The main analysis, or <see langword="null"/> when the outcome has no usable data (see <see cref="Problem"/>).</summary>
    public AnalysisResult? Analysis { get; init; }

    /// <summary>Why there is no analysis, or <see langword="null"/>.</summary>
    public string? Problem { get; init; }

    /// <summary>The studies in the analysis, in its order (aligned with the analysis's study effects).</summary>
    public ImmutableArray<ReviewStudy> Studies { get; init; } = [];

    /// <summary>The participants analysed (arm sizes summed), or <see langword="null"/> when a study's size is unknown.</summary>
    public int? Participants { get; init; }

    /// <summary>The planned subgroup analyses.</summary>
    public ImmutableArray<SubgroupSynthesis> Subgroups { get; init; } = [];

    /// <summary>The planned sensitivity analyses.</summary>
    public ImmutableArray<SensitivitySynthesis> Sensitivity { get; init; } = [];

    /// <summary>The planned meta-regressions.</summary>
    public ImmutableArray<MetaRegressionSynthesis> MetaRegression { get; init; } = [];

    /// <summary>Tests for small-study effects, or <see langword="null"/> with fewer than 10 studies (Sterne et al. 2011).</summary>
    public SmallStudySynthesis? SmallStudy { get; init; }

    /// <summary>The GRADE assessment, or <see langword="null"/> without an analysis.</summary>
    public GradeAssessment? Grade { get; init; }

    /// <summary>The summary-of-findings row, or <see langword="null"/> without an analysis.</summary>
    public SummaryOfFindingsRow? SummaryOfFindings { get; init; }

    /// <summary>The median control-arm risk of binary outcomes (the comparator risk of the summary of findings).</summary>
    public double? ControlRisk { get; init; }
}
