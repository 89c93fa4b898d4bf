namespace MetaReview.Records.Deduplication;

/// <summary>One field compared for a pair of records, e.g. (Title, Agree, "titles identical after normalisation").</summary>
/// <param name="Field">The field.</param>
/// <param name="Outcome">Agree, near or disagree.</param>
/// <param name="Detail">The values or the measure, for people: "2019 vs 2020", "title similarity 0.97".</param>
public sealed record MatchEvidence(MatchField Field, MatchOutcome Outcome, string Detail)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Field} {Outcome.ToString().ToLowerInvariant()}: {Detail}";
}
