using MetaReview.Records.Screening.Internal;

namespace MetaReview.Records.Screening;

/// <summary>
/// The screening journal as CSV, for an audit: every entry in the order written (retractions and retracted
/// entries included, marked), with the record's title so that a reader need not look it up.
/// </summary>
public static class JournalExport
{
    /// <summary>The columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["time", "id", "key", "title", "stage", "reviewer", "decision", "reason", "criterion", "note", "resolution", "retracts", "retracted", "study"];

    /// <summary>Writes the journal of a loaded folder.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="state">The screening state (for titles and which entries are retracted).</param>
    /// <param name="entries">The journal's entries in file order (<see cref="RecordsProject.Journal"/>).</param>
    /// <param name="criteria">Criteria, to spell out each reason; may be empty.</param>
    public static void WriteCsv(TextWriter writer, ScreeningState state, IEnumerable<JournalEntry> entries, IReadOnlyCollection<EligibilityCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(criteria);
        var byKey = state.Records.SelectMany(r => r.MemberKeys.Select(k => (k, r))).ToLookup(x => x.k, x => x.r, StringComparer.Ordinal);
        CsvText.Row(writer, Columns);
        foreach (var e in entries)
        {
            var record = byKey[e.Key].FirstOrDefault();
            var criterion = e.Reason is null ? null : criteria.FirstOrDefault(c => string.Equals(c.Id, e.Reason, StringComparison.OrdinalIgnoreCase));
            CsvText.Row(writer,
                Internal.JsonText.Time(e.Time), e.Id, e.Key, record?.Record.Title ?? "(no such record in the folder)", ScreeningNames.Of(e.Stage), e.Reviewer,
                ScreeningNames.Of(e.Decision), e.Reason, criterion?.Description, e.Note, e.Resolution ? "true" : "false", e.Retracts,
                state.RetractedIds.Contains(e.Id) ? "true" : "false", e.Study);
        }
    }
}
