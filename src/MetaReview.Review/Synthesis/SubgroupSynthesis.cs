using System.Collections.Immutable;
using MetaReview.Review.Project;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Review.Synthesis;

/// <summary>
/// A planned subgroup analysis of an outcome: a separate analysis per level (with the outcome's own settings: IV,
/// MH or Peto, fixed or random with separate tau²), the test for subgroup differences as RevMan reports it (Q between
/// the subgroup estimates, df = G − 1, with I²), and for inverse-variance outcomes the mixed-effects moderator test
/// (QM with a common residual tau²; F under HKSJ).
/// </summary>
/// <param name="Characteristic">The subgroup variable.</param>
/// <param name="Levels">The levels with at least one study, in the characteristic's declared order.</param>
/// <param name="QBetween">RevMan's test for subgroup differences, or <see langword="null"/> with fewer than two levels.</param>
/// <param name="ModeratorTest">The mixed-effects test, or <see langword="null"/> (one level, or a MH/Peto analysis).</param>
/// <param name="Unassigned">Labels of studies with no value for the characteristic (left out of the subgroups).</param>
/// <param name="Notes">Everything worth saying about the analysis (single-study subgroups, unassigned studies).</param>
public sealed record SubgroupSynthesis(
    StudyCharacteristic Characteristic,
    ImmutableArray<SubgroupLevel> Levels,
    QBetween? QBetween,
    SubgroupDifferenceTest? ModeratorTest,
    ImmutableArray<string> Unassigned,
    ImmutableArray<string> Notes);
