using System.Collections.Immutable;

namespace MetaReview.Review.RevMan;

/// <summary>
/// A study's row of a characteristics-of-studies table, as text: e.g. Methods, Participants, Interventions, Outcomes,
/// Notes for included studies, "Reason for exclusion" for excluded ones.
/// </summary>
/// <param name="StudyId">The study's identifier.</param>
/// <param name="StudyName">The study's name.</param>
/// <param name="Status">Which table the row is in.</param>
/// <param name="Fields">(heading, text) pairs in RevMan's order; paragraphs are separated by new lines.</param>
public sealed record RevManStudyCharacteristics(string StudyId, string StudyName, RevManStudyStatus Status, ImmutableArray<KeyValuePair<string, string>> Fields)
{
    /// <summary>The text under a heading (case-insensitive), or null.</summary>
    public string? this[string heading] =>
        Fields.FirstOrDefault(f => string.Equals(f.Key, heading, StringComparison.OrdinalIgnoreCase)).Value;
}
