using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Project;

/// <summary>The studies of an outcome that share one value of a study characteristic.</summary>
/// <param name="Value">The characteristic's value, e.g. "aerobic".</param>
/// <param name="Data">The studies' data, in the order of the outcome.</param>
public sealed record OutcomeSubgroup(string Value, ImmutableArray<OutcomeData> Data)
{
    /// <summary>The subgroup's data as the engine takes them, labelled "Author Year".</summary>
    public ImmutableArray<StudyInput> ToStudyInputs() => [.. Data.Select(d => d.ToStudyInput())];
}
