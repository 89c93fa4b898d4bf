using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Records.Prioritisation;

namespace MetaReview.Records.Screening;

/// <summary>
/// One reviewer screening one stage of a review folder (or resolving its conflicts): the record to decide
/// next, decisions written to the journal as they are made, undo by retraction, and the order chosen by
/// prioritisation. The journal is the only state: each decision is appended (and flushed to disk) before the
/// session moves on, so quitting or a crash loses nothing decided; entries another reviewer appends meanwhile
/// are read in before the next record is chosen.
/// </summary>
/// <remarks>
/// Order: once the stage's decisions include both a relevant record (include or maybe) and an irrelevant one
/// (exclude), the model of <see cref="ScreeningSessionOptions.Prioritisation"/> is retrained after every
/// decision and the records are offered most likely relevant first; before that, by keyword score (include
/// keywords minus exclude keywords), then import order. Labels are every reviewer's current decisions at
/// title/abstract, overridden by full-text decisions (include relevant, exclude irrelevant).
/// </remarks>
public sealed class ScreeningSession
{
    private readonly RecordsProject _project;
    private readonly string _journal;
    private readonly Prioritiser? _prioritiser;
    private readonly int[] _keywordScores;
    private readonly List<JournalEntry> _entries;
    private readonly List<JournalEntry> _made = [];
    private long _journalLength;
    private int? _pinned;

    private ScreeningSession(RecordsProject project, ScreeningSessionOptions options)
    {
        _project = project;
        Options = options;
        _journal = project.Folder.Journal;
        _entries = [.. project.Journal.Entries];
        _journalLength = LengthOf(_journal);
        _keywordScores = [.. project.Records.Select(r => options.Keywords.Score(r.Record))];
        if (options.Prioritisation is { } model && project.Records.Length > 0)
        {
            _prioritiser = new Prioritiser(TfIdfMatrix.Build(project.Records.Select(r => TfIdfMatrix.TextOf(r.Record))), model);
        }

        State = ScreeningState.Build(project.Records, project.Find, _entries, options.Rules);
        Refresh();
    }

    /// <summary>The settings.</summary>
    public ScreeningSessionOptions Options { get; }

    /// <summary>The journal as it stands, with the decisions of this session.</summary>
    public ScreeningState State { get; private set; }

    /// <summary>The record to decide now, or null when there is none left.</summary>
    public ScreeningRecord? Current { get; private set; }

    /// <summary>The records waiting, in the order they will be offered (<see cref="Current"/> first).</summary>
    public ImmutableArray<ScreeningRecord> Queue { get; private set; } = [];

    /// <summary>True when the order comes from a model trained on the decisions so far.</summary>
    public bool IsPrioritised => _prioritiser?.IsTrained == true;

    /// <summary>The entries written in this session, in order (retractions included).</summary>
    public IReadOnlyList<JournalEntry> Made => _made;

    /// <summary>How far the reviewer is.</summary>
    public ScreeningProgress Progress { get; private set; } = null!;

    /// <summary>Opens a session on a loaded review folder.</summary>
    /// <exception cref="ArgumentException">The reviewer's name is empty.</exception>
    public static ScreeningSession Open(RecordsProject project, ScreeningSessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Reviewer))
        {
            throw new ArgumentException("the reviewer's name is empty; give a name or initials", nameof(options));
        }

        return new ScreeningSession(project, options with { Reviewer = options.Reviewer.Trim() });
    }

    /// <summary>
    /// Records a decision on <see cref="Current"/>: appends it to the journal (flushed to disk), then moves on.
    /// </summary>
    /// <param name="decision">Include, exclude, maybe, or (full text) not retrieved.</param>
    /// <param name="reason">An exclusion's criterion id (required at full text), or why a report was not retrieved.</param>
    /// <param name="note">The reviewer's note.</param>
    /// <param name="study">For a full-text inclusion, the study the report belongs to (several reports of one study count once).</param>
    /// <returns>The entry written.</returns>
    /// <exception cref="InvalidOperationException">Nothing is left to decide.</exception>
    /// <exception cref="ArgumentException">The decision or reason does not fit the stage or the criteria; the message says which values would.</exception>
    /// <exception cref="IOException">The journal cannot be written.</exception>
    public JournalEntry Decide(ScreeningDecision decision, string? reason = null, string? note = null, string? study = null)
    {
        var record = Current ?? throw new InvalidOperationException("nothing is left to decide at this stage");
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        Check(decision, reason);
        var entry = new JournalEntry
        {
            Id = JournalEntry.NewId(),
            Key = record.Key,
            Stage = Options.Stage,
            Reviewer = Options.Reviewer,
            Decision = decision,
            Reason = reason,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            Study = decision == ScreeningDecision.Include && Options.Stage == ScreeningStage.FullText && !string.IsNullOrWhiteSpace(study) ? study.Trim() : null,
            Resolution = Options.Resolve,
            Time = Options.Clock(),
        };
        Write(entry);
        _pinned = null;
        Refresh();
        return entry;
    }

    /// <summary>
    /// Takes back this reviewer's latest decision at the stage that still stands (made in this session or
    /// before) by appending a retraction; that record is offered again next. Null when there is none.
    /// </summary>
    public JournalEntry? Undo()
    {
        var last = State.ActiveEntries.LastOrDefault(e => e.Stage == Options.Stage && e.Resolution == Options.Resolve
            && string.Equals(e.Reviewer, Options.Reviewer, StringComparison.Ordinal));
        if (last is null)
        {
            return null;
        }

        var retraction = new JournalEntry
        {
            Id = JournalEntry.NewId(),
            Key = last.Key,
            Stage = last.Stage,
            Reviewer = Options.Reviewer,
            Decision = ScreeningDecision.Retract,
            Retracts = last.Id,
            Resolution = last.Resolution,
            Time = Options.Clock(),
        };
        Write(retraction);
        _pinned = _project.Find(last.Key)?.Index;
        Refresh();
        return retraction;
    }

    /// <summary>Checks a decision against the stage and the criteria without recording it; null when it is acceptable, else why not.</summary>
    public string? Validate(ScreeningDecision decision, string? reason)
    {
        if (decision == ScreeningDecision.Retract)
        {
            return "a retraction is made with Undo, not as a decision";
        }

        if (decision == ScreeningDecision.NotRetrieved && Options.Stage != ScreeningStage.FullText)
        {
            return "'not retrieved' is a full-text decision; at title/abstract decide include, exclude or maybe";
        }

        if (decision != ScreeningDecision.Exclude || (string.IsNullOrWhiteSpace(reason) && Options.Stage == ScreeningStage.TitleAbstract))
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Options.Criteria.IsEmpty
                ? "a full-text exclusion needs a reason (PRISMA reports reports excluded by reason)"
                : $"a full-text exclusion needs a reason: one of {Ids()} (PRISMA reports reports excluded by reason)";
        }

        reason = reason.Trim();
        if (!Options.Criteria.IsEmpty && !Options.Criteria.Any(c => string.Equals(c.Id, reason, StringComparison.OrdinalIgnoreCase)))
        {
            return $"reason '{reason}' is not an eligibility criterion; expected one of {Ids()}";
        }

        return Options.Criteria.IsEmpty && !EligibilityCriteria.IsValidId(reason)
            ? $"reason '{reason}' is not an id (letters, digits, '.', '-' or '_', e.g. 'E2')"
            : null;
    }

    /// <summary>The criterion a reason names (ignoring case), or null.</summary>
    public EligibilityCriterion? Criterion(string? reason) =>
        reason is null ? null : Options.Criteria.FirstOrDefault(c => string.Equals(c.Id, reason, StringComparison.OrdinalIgnoreCase));

    private void Check(ScreeningDecision decision, string? reason)
    {
        if (Validate(decision, reason) is { } problem)
        {
            throw new ArgumentException(problem, nameof(reason));
        }
    }

    private string Ids() => string.Join(", ", Options.Criteria.Select(c => c.Id));

    private void Write(JournalEntry entry)
    {
        var before = LengthOf(_journal);
        ScreeningJournal.Append(_journal, entry);
        _made.Add(entry);
        if (before != _journalLength)
        {
            // Someone else wrote to the journal meanwhile: read it again, with their entries and this one in file order.
            var journal = ScreeningJournal.Read(_journal);
            _entries.Clear();
            _entries.AddRange(journal.Entries);
        }
        else
        {
            _entries.Add(entry);
        }

        _journalLength = LengthOf(_journal);
        State = ScreeningState.Build(_project.Records, _project.Find, _entries, Options.Rules);
    }

    private void Refresh()
    {
        var stage = Options.Stage;
        var reviewer = Options.Reviewer;
        var waiting = new List<int>();
        int decided = 0, included = 0, excluded = 0, maybe = 0, notRetrieved = 0, conflicts = 0, candidates = 0;
        foreach (var record in State.Records)
        {
            if (!State.IsCandidate(record.Index, stage))
            {
                continue;
            }

            var status = State.Status(record.Index, stage);
            conflicts += status.Outcome == ScreeningOutcome.Conflict ? 1 : 0;
            if (Options.Resolve)
            {
                if (status.Resolution is not null)
                {
                    candidates++;
                    decided++;
                    Count(status.Resolution.Decision);
                }
                else if (status.Outcome == ScreeningOutcome.Conflict)
                {
                    candidates++;
                    waiting.Add(record.Index);
                }

                continue;
            }

            candidates++;
            var mine = State.DecisionOf(record.Index, stage, reviewer);
            if (mine is not null)
            {
                decided++;
                Count(mine.Decision);
            }
            else if (status.Outcome is ScreeningOutcome.NotScreened or ScreeningOutcome.AwaitingReviewer)
            {
                waiting.Add(record.Index);
            }
        }

        Progress = new ScreeningProgress
        {
            Candidates = candidates,
            Decided = decided,
            Remaining = waiting.Count,
            Included = included,
            Excluded = excluded,
            Maybe = maybe,
            NotRetrieved = notRetrieved,
            Conflicts = conflicts,
        };

        var order = Order(waiting);
        if (_pinned is { } pinned && order.Remove(pinned))
        {
            order.Insert(0, pinned);
        }

        Queue = [.. order.Select(i => State.Records[i])];
        Current = Queue.IsEmpty ? null : Queue[0];

        void Count(ScreeningDecision d)
        {
            included += d == ScreeningDecision.Include ? 1 : 0;
            excluded += d == ScreeningDecision.Exclude ? 1 : 0;
            maybe += d == ScreeningDecision.Maybe ? 1 : 0;
            notRetrieved += d == ScreeningDecision.NotRetrieved ? 1 : 0;
        }
    }

    private List<int> Order(List<int> waiting)
    {
        if (_prioritiser is not null && Train(_prioritiser))
        {
            return [.. _prioritiser.Rank(waiting)];
        }

        return [.. waiting.OrderByDescending(i => _keywordScores[i]).ThenBy(i => i)];
    }

    /// <summary>Relabels the model from the current decisions and retrains it; false when it cannot be trained yet.</summary>
    private bool Train(Prioritiser prioritiser)
    {
        foreach (var record in State.Records)
        {
            bool? label = Label(State.Status(record.Index, ScreeningStage.TitleAbstract)) is { } ta ? ta : null;
            if (Label(State.Status(record.Index, ScreeningStage.FullText)) is { } ft)
            {
                label = ft;
            }

            if (label is { } l)
            {
                prioritiser.Label(record.Index, l);
            }
            else
            {
                prioritiser.Unlabel(record.Index);
            }
        }

        return prioritiser.Train();
    }

    /// <summary>The label a stage's decisions give: the resolution, else the latest reviewer decision; null when none or not retrieved.</summary>
    private static bool? Label(StageStatus status)
    {
        var entry = status.Resolution ?? status.Decisions.MaxBy(d => d.Time);
        return entry?.Decision switch
        {
            ScreeningDecision.Include or ScreeningDecision.Maybe => true,
            ScreeningDecision.Exclude => false,
            _ => null,
        };
    }

    private static long LengthOf(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? info.Length : 0;
    }

    /// <summary>"title-abstract, AB: 120 of 2,544 decided".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ScreeningNames.Of(Options.Stage)}, {Options.Reviewer}: {Progress.Decided:N0} of {Progress.Decided + Progress.Remaining:N0} decided");
}
