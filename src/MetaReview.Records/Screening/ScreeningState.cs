using System.Collections.Immutable;

namespace MetaReview.Records.Screening;

/// <summary>
/// What the journal says about every record: each reviewer's current decision per stage, resolutions,
/// outcomes, conflicts. Derived from the entries in file order: an entry is current until the same
/// reviewer decides the record again at that stage, or a retraction takes it back (an undo; retracting the
/// retraction restores it). A resolution overrides the reviewers.
/// </summary>
public sealed class ScreeningState
{
    private readonly Dictionary<(int Record, ScreeningStage Stage), StageStatus> _status;
    private static readonly StageStatus NotScreenedTitleAbstract = Empty(ScreeningStage.TitleAbstract);
    private static readonly StageStatus NotScreenedFullText = Empty(ScreeningStage.FullText);

    private ScreeningState(
        ImmutableArray<ScreeningRecord> records,
        ScreeningRules rules,
        Dictionary<(int, ScreeningStage), StageStatus> status,
        ImmutableArray<JournalEntry> active,
        ImmutableArray<JournalEntry> orphans,
        ImmutableHashSet<string> retracted)
    {
        Records = records;
        Rules = rules;
        _status = status;
        ActiveEntries = active;
        OrphanEntries = orphans;
        RetractedIds = retracted;
    }

    /// <summary>The records, as given.</summary>
    public ImmutableArray<ScreeningRecord> Records { get; }

    /// <summary>The rules applied.</summary>
    public ScreeningRules Rules { get; }

    /// <summary>Entries that are not retracted (retractions themselves left out), in file order, for records that exist.</summary>
    public ImmutableArray<JournalEntry> ActiveEntries { get; }

    /// <summary>Entries whose key names no record (an import removed from the folder?), in file order.</summary>
    public ImmutableArray<JournalEntry> OrphanEntries { get; }

    /// <summary>Ids of the entries taken back by retractions that stand.</summary>
    public ImmutableHashSet<string> RetractedIds { get; }

    /// <summary>Builds the state of a loaded review folder.</summary>
    public static ScreeningState Build(RecordsProject project, ScreeningRules rules)
    {
        ArgumentNullException.ThrowIfNull(project);
        return Build(project.Records, project.Find, project.Journal.Entries, rules);
    }

    /// <summary>Builds the state from records, a key lookup (any member's key) and the journal's entries in file order.</summary>
    public static ScreeningState Build(
        ImmutableArray<ScreeningRecord> records, Func<string, ScreeningRecord?> find, IReadOnlyList<JournalEntry> entries, ScreeningRules rules)
    {
        ArgumentNullException.ThrowIfNull(find);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(rules);

        // Later retractions are seen first, so a retraction that is itself retracted takes nothing back.
        var retracted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = entries.Count - 1; i >= 0; i--)
        {
            var e = entries[i];
            if (e.Decision == ScreeningDecision.Retract && !retracted.Contains(e.Id))
            {
                retracted.Add(e.Retracts!);
            }
        }

        var current = new Dictionary<(int, ScreeningStage), (Dictionary<string, JournalEntry> ByReviewer, JournalEntry? Resolution)>();
        var active = ImmutableArray.CreateBuilder<JournalEntry>();
        var orphans = ImmutableArray.CreateBuilder<JournalEntry>();
        foreach (var e in entries)
        {
            if (e.Decision == ScreeningDecision.Retract || retracted.Contains(e.Id))
            {
                continue;
            }

            if (find(e.Key) is not { } record)
            {
                orphans.Add(e);
                continue;
            }

            active.Add(e);
            var slot = (record.Index, e.Stage);
            if (!current.TryGetValue(slot, out var state))
            {
                state = (new Dictionary<string, JournalEntry>(StringComparer.Ordinal), null);
            }

            if (e.Resolution)
            {
                state.Resolution = e;
            }
            else
            {
                state.ByReviewer[e.Reviewer] = e;
            }

            current[slot] = state;
        }

        var status = current.ToDictionary(kv => kv.Key, kv => Decide(kv.Key.Item2, kv.Value.ByReviewer.Values, kv.Value.Resolution, rules));
        return new ScreeningState(records, rules, status, active.ToImmutable(), orphans.ToImmutable(), [.. retracted]);
    }

    /// <summary>Where a record stands at a stage.</summary>
    public StageStatus Status(int record, ScreeningStage stage) =>
        _status.TryGetValue((record, stage), out var s) ? s
        : stage == ScreeningStage.TitleAbstract ? NotScreenedTitleAbstract : NotScreenedFullText;

    /// <summary>Whether a record is to be screened at a stage: every record at title/abstract; at full text, those that passed title/abstract.</summary>
    public bool IsCandidate(int record, ScreeningStage stage) =>
        stage == ScreeningStage.TitleAbstract || Status(record, ScreeningStage.TitleAbstract).Passes;

    /// <summary>The records to be screened at a stage, in record order.</summary>
    public IEnumerable<ScreeningRecord> Candidates(ScreeningStage stage) => Records.Where(r => IsCandidate(r.Index, stage));

    /// <summary>
    /// The records included at a stage, in record order: at full text, final inclusions; at title/abstract,
    /// the records that go on to full text (final include or maybe).
    /// </summary>
    public IEnumerable<ScreeningRecord> Included(ScreeningStage stage) => Candidates(stage).Where(r =>
        stage == ScreeningStage.TitleAbstract ? Status(r.Index, stage).Passes : Status(r.Index, stage).Outcome == ScreeningOutcome.Include);

    /// <summary>A reviewer's current decision on a record at a stage (resolutions not counted), or null.</summary>
    public JournalEntry? DecisionOf(int record, ScreeningStage stage, string reviewer) =>
        Status(record, stage).Decisions.FirstOrDefault(d => string.Equals(d.Reviewer, reviewer, StringComparison.Ordinal));

    /// <summary>Everyone who has a current decision at a stage, ordered by name.</summary>
    public ImmutableArray<string> Reviewers(ScreeningStage stage) =>
        [.. ActiveEntries.Where(e => e.Stage == stage && !e.Resolution).Select(e => e.Reviewer).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Records in conflict at a stage, in record order.</summary>
    public IEnumerable<ScreeningRecord> Conflicts(ScreeningStage stage) =>
        Records.Where(r => Status(r.Index, stage).Outcome == ScreeningOutcome.Conflict);

    private static StageStatus Decide(ScreeningStage stage, IEnumerable<JournalEntry> byReviewer, JournalEntry? resolution, ScreeningRules rules)
    {
        var decisions = byReviewer.OrderBy(e => e.Reviewer, StringComparer.Ordinal).ToImmutableArray();
        if (resolution is not null)
        {
            return new StageStatus
            {
                Stage = stage,
                Decisions = decisions,
                Resolution = resolution,
                Outcome = OutcomeOf(resolution.Decision),
                Reason = resolution.Reason,
                Study = resolution.Study,
            };
        }

        if (decisions.IsEmpty)
        {
            return Empty(stage);
        }

        var agree = decisions.Select(d => d.Decision).Distinct().Count() == 1;
        var reasons = decisions.Select(d => d.Reason).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        // At full text the exclusion reason is what PRISMA reports, so two reasons are a disagreement too.
        if (agree && stage == ScreeningStage.FullText && decisions[0].Decision == ScreeningDecision.Exclude && reasons.Count > 1)
        {
            agree = false;
        }

        var outcome = !agree ? ScreeningOutcome.Conflict
            : decisions.Length < rules.ReviewersPerRecord ? ScreeningOutcome.AwaitingReviewer
            : OutcomeOf(decisions[0].Decision);
        var inTimeOrder = decisions.OrderBy(d => d.Time).ToList();
        return new StageStatus
        {
            Stage = stage,
            Decisions = decisions,
            Outcome = outcome,
            Reason = agree ? inTimeOrder.Select(d => d.Reason).FirstOrDefault(r => r is not null) : null,
            Study = agree ? inTimeOrder.Select(d => d.Study).LastOrDefault(s => s is not null) : null,
        };
    }

    private static ScreeningOutcome OutcomeOf(ScreeningDecision decision) => decision switch
    {
        ScreeningDecision.Include => ScreeningOutcome.Include,
        ScreeningDecision.Exclude => ScreeningOutcome.Exclude,
        ScreeningDecision.Maybe => ScreeningOutcome.Maybe,
        _ => ScreeningOutcome.NotRetrieved,
    };

    private static StageStatus Empty(ScreeningStage stage) => new() { Stage = stage, Decisions = [], Outcome = ScreeningOutcome.NotScreened };
}
