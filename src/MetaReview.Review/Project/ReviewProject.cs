using System.Collections.Immutable;
using MetaReview.Review.Grade;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Project;

/// <summary>
/// A whole systematic review as recorded in a project folder's <c>review.yaml</c>: the question, the
/// searches, the studies, the risk of bias, the outcomes with their analysis plans and data, and the
/// reviewers' GRADE judgements. Loaded by <see cref="ReviewProjectLoader"/>, which guarantees that every id
/// referred to exists, that every study's data pass the engine's checks, and that every analysis plan resolves.
/// </summary>
public sealed record ReviewProject
{
    /// <summary>The project folder, as the caller named it; paths in the review are relative to it.</summary>
    public required string Directory { get; init; }

    /// <summary>The review file, as named in locations (the folder joined with <c>review.yaml</c>).</summary>
    public required string File { get; init; }

    /// <summary>The review's title.</summary>
    public required string Title { get; init; }

    /// <summary>The authors, in order.</summary>
    public ImmutableArray<ReviewAuthor> Authors { get; init; } = [];

    /// <summary>The protocol's registration, or <see langword="null"/>.</summary>
    public ReviewRegistration? Registration { get; init; }

    /// <summary>The question in PICOS form, or <see langword="null"/>.</summary>
    public ReviewQuestion? Question { get; init; }

    /// <summary>The eligibility criteria, in order.</summary>
    public ImmutableArray<EligibilityCriterion> Eligibility { get; init; } = [];

    /// <summary>The searches, in order.</summary>
    public ImmutableArray<LiteratureSearch> Searches { get; init; } = [];

    /// <summary>The declared study characteristics (subgroup and meta-regression variables).</summary>
    public ImmutableArray<StudyCharacteristic> Characteristics { get; init; } = [];

    /// <summary>Every study assessed in full text: included, awaiting data, or excluded.</summary>
    public ImmutableArray<ReviewStudy> Studies { get; init; } = [];

    /// <summary>The outcomes, in order.</summary>
    public ImmutableArray<ReviewOutcome> Outcomes { get; init; } = [];

    /// <summary>The risk-of-bias assessments.</summary>
    public ImmutableArray<RiskOfBiasAssessment> RiskOfBias { get; init; } = [];

    /// <summary>The studies with <see cref="StudyStatus.Included"/>.</summary>
    public IEnumerable<ReviewStudy> IncludedStudies => Studies.Where(s => s.Status == StudyStatus.Included);

    /// <summary>The studies with <see cref="StudyStatus.AwaitingData"/>.</summary>
    public IEnumerable<ReviewStudy> StudiesAwaitingData => Studies.Where(s => s.Status == StudyStatus.AwaitingData);

    /// <summary>The studies with <see cref="StudyStatus.Excluded"/>.</summary>
    public IEnumerable<ReviewStudy> ExcludedStudies => Studies.Where(s => s.Status == StudyStatus.Excluded);

    /// <summary>The study with this id, or <see langword="null"/>.</summary>
    public ReviewStudy? FindStudy(string id) => Studies.FirstOrDefault(s => s.Id == id);

    /// <summary>The outcome with this id, or <see langword="null"/>.</summary>
    public ReviewOutcome? FindOutcome(string id) => Outcomes.FirstOrDefault(o => o.Id == id);

    /// <summary>The criterion with this id, or <see langword="null"/>.</summary>
    public EligibilityCriterion? FindCriterion(string id) => Eligibility.FirstOrDefault(c => c.Id == id);

    /// <summary>The characteristic with this id, or <see langword="null"/>.</summary>
    public StudyCharacteristic? FindCharacteristic(string id) => Characteristics.FirstOrDefault(c => c.Id == id);

    /// <summary>
    /// The assessment of <paramref name="study"/>'s result for <paramref name="outcome"/>: the one made for that
    /// outcome, else the one made for the whole study, else <see langword="null"/>.
    /// </summary>
    public RiskOfBiasAssessment? RiskOfBiasFor(string study, string outcome) =>
        RiskOfBias.FirstOrDefault(a => a.Study == study && a.Outcomes.Contains(outcome))
        ?? RiskOfBias.FirstOrDefault(a => a.Study == study && a.Outcomes.IsEmpty);

    /// <summary>
    /// The overall risk of bias of <paramref name="study"/>'s result for <paramref name="outcome"/> on the GRADE
    /// engine's scale (<see cref="GradeInput.RiskOfBias"/>): <see cref="RiskOfBiasLevel.NotAssessed"/> without an assessment.
    /// </summary>
    public RiskOfBiasLevel RiskOfBiasLevelFor(string study, string outcome) =>
        RiskOfBiasFor(study, outcome)?.Overall.ToRiskOfBiasLevel() ?? RiskOfBiasLevel.NotAssessed;

    /// <summary>
    /// The studies a sensitivity analysis of <paramref name="outcome"/> keeps, ready for <c>MetaAnalysis.Run</c>
    /// with <see cref="SensitivityAnalysis.Settings"/>: all but the named studies, or all but those at high (or
    /// serious, critical) overall risk of bias for this outcome. Studies without an assessment are kept.
    /// Leave-one-out and settings-only analyses keep every study (leave-one-out leaves each out in turn).
    /// </summary>
    public ImmutableArray<StudyInput> SensitivityInputs(ReviewOutcome outcome, SensitivityAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(analysis);
        return [.. outcome.Data.Where(d => Keeps(outcome, analysis, d.Study)).Select(d => d.ToStudyInput())];
    }

    private bool Keeps(ReviewOutcome outcome, SensitivityAnalysis analysis, ReviewStudy study) => analysis.Kind switch
    {
        SensitivityKind.ExcludeStudies => !analysis.ExcludedStudies.Contains(study.Id),
        SensitivityKind.ExcludeHighRiskOfBias => RiskOfBiasFor(study.Id, outcome.Id) is not { } a || !a.Overall.IsHighOrWorse(),
        _ => true,
    };
}
