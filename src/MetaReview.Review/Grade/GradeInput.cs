using MetaReview.Statistics.Analysis;

namespace MetaReview.Review.Grade;

/// <summary>What GRADE's suggested judgements are computed from, for one outcome.</summary>
public sealed record GradeInput
{
    /// <summary>The outcome's name.</summary>
    public required string Outcome { get; init; }

    /// <summary>True for randomised trials (start at high certainty), false for observational studies (start at low).</summary>
    public bool Randomised { get; init; } = true;

    /// <summary>The meta-analysis of the outcome.</summary>
    public required AnalysisResult Analysis { get; init; }

    /// <summary>Each included study's overall risk of bias, in the order of <c>Analysis.Effects.Studies</c>.</summary>
    public required IReadOnlyList<RiskOfBiasLevel> RiskOfBias { get; init; }

    /// <summary>
    /// The minimal important difference on the reporting scale: units for MD, SD units for SMD, an absolute risk for
    /// RD, a ratio below 1 for ratio measures (0.75 means thresholds 0.75 and 1/0.75); null when not set.
    /// </summary>
    public double? MinimalImportantDifference { get; init; }

    /// <summary>Total participants in the analysis, for the optimal information size.</summary>
    public int? Participants { get; init; }

    /// <summary>Control-group risk (median across studies, or given) for binary outcomes.</summary>
    public double? ControlRisk { get; init; }

    /// <summary>A typical SD of the outcome (for the optimal information size of an MD).</summary>
    public double? OutcomeSd { get; init; }

    /// <summary>The small-study test, when one was run.</summary>
    public SmallStudyAssessment? SmallStudyTest { get; init; }

    /// <summary>The reviewers' indirectness judgement (it cannot be computed); null means "no concerns recorded".</summary>
    public DomainJudgement? Indirectness { get; init; }

    /// <summary>Judgements that replace the suggested ones (each with its reason).</summary>
    public IReadOnlyList<DomainJudgement> Overrides { get; init; } = [];
}
