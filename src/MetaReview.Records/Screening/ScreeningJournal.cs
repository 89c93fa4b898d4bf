using System.Collections.Immutable;
using MetaReview.Records.Screening.Internal;

namespace MetaReview.Records.Screening;

/// <summary>
/// The screening journal, <c>DIR/screening/journal.jsonl</c>: one JSON object per line, appended and
/// never rewritten. Each append is locked against other processes and flushed to disk (fsync) before it
/// returns, so a crash loses at most the decision being written; reading tolerates a truncated last line
/// and reports it.
/// </summary>
/// <remarks>
/// A line looks like
/// <c>{"id":"0190…","time":"2024-05-01T10:00:00.123Z","key":"pubmed.nbib:1","stage":"title-abstract","reviewer":"AB","decision":"exclude","reason":"E2"}</c>;
/// <c>note</c>, <c>resolution</c> (true for a decision that resolves a conflict), <c>retracts</c> (the id an undo
/// takes back) and <c>study</c> are written only when set. The schema is documented in docs/screening.md.
/// </remarks>
public static class ScreeningJournal
{
    /// <summary>Reads a journal; a missing file is an empty journal.</summary>
    public static JournalReadResult Read(string path)
    {
        var entries = ImmutableArray.CreateBuilder<JournalEntry>();
        var problems = ImmutableArray.CreateBuilder<JournalProblem>();
        var name = path;
        foreach (var line in JsonLinesFile.Read(path))
        {
            var entry = Parse(line.Text, out var error);
            if (entry is not null)
            {
                entries.Add(entry);
            }
            else if (!line.Terminated)
            {
                problems.Add(new JournalProblem(name, line.Number, $"the last entry is incomplete ({error}): the journal was cut off while it was written, e.g. by a crash; that one decision is lost", Truncated: true));
            }
            else
            {
                problems.Add(new JournalProblem(name, line.Number, $"{error}; entry skipped"));
            }
        }

        return new JournalReadResult { File = path, Entries = entries.ToImmutable(), Problems = problems.ToImmutable() };
    }

    /// <summary>Appends one entry (locked, flushed to disk).</summary>
    /// <exception cref="IOException">The journal cannot be written or stays locked by another process.</exception>
    public static void Append(string path, JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        JsonLinesFile.Append(path, Format(entry));
    }

    /// <summary>Appends several entries under one lock.</summary>
    public static void AppendAll(string path, IEnumerable<JournalEntry> entries) =>
        JsonLinesFile.AppendAll(path, [.. entries.Select(Format)]);

    /// <summary>The JSON line of an entry.</summary>
    public static string Format(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return JsonText.Line(json =>
        {
            json.WriteString("id", entry.Id);
            json.WriteString("time", JsonText.Time(entry.Time));
            json.WriteString("key", entry.Key);
            json.WriteString("stage", ScreeningNames.Of(entry.Stage));
            json.WriteString("reviewer", entry.Reviewer);
            json.WriteString("decision", ScreeningNames.Of(entry.Decision));
            JsonText.Optional(json, "reason", entry.Reason);
            JsonText.Optional(json, "note", entry.Note);
            if (entry.Resolution)
            {
                json.WriteBoolean("resolution", true);
            }

            JsonText.Optional(json, "retracts", entry.Retracts);
            JsonText.Optional(json, "study", entry.Study);
        });
    }

    /// <summary>Parses one journal line; null with a message naming the field when it is not a valid entry.</summary>
    public static JournalEntry? Parse(string line, out string? error)
    {
        using var document = JsonText.Parse(line, out error);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        string? problem = null;
        var id = JsonText.String(root, "id", ref problem);
        var timeText = JsonText.String(root, "time", ref problem);
        var key = JsonText.String(root, "key", ref problem);
        var stageText = JsonText.String(root, "stage", ref problem);
        var reviewer = JsonText.String(root, "reviewer", ref problem);
        var decisionText = JsonText.String(root, "decision", ref problem);
        var reason = JsonText.String(root, "reason", ref problem);
        var note = JsonText.String(root, "note", ref problem);
        var resolution = JsonText.Bool(root, "resolution", ref problem);
        var retracts = JsonText.String(root, "retracts", ref problem);
        var study = JsonText.String(root, "study", ref problem);
        if (problem is null)
        {
            problem = Missing("id", id) ?? Missing("time", timeText) ?? Missing("key", key) ?? Missing("stage", stageText)
                ?? Missing("reviewer", reviewer) ?? Missing("decision", decisionText);
        }

        var stage = ScreeningNames.Stage(stageText);
        var decision = ScreeningNames.Decision(decisionText);
        DateTimeOffset time = default;
        if (problem is null && !JsonText.TryParseTime(timeText, out time))
        {
            problem = $"'time' must be a UTC time in ISO 8601 form such as 2024-05-01T10:00:00.000Z, got '{timeText}'";
        }

        if (problem is null && stage is null)
        {
            problem = $"'stage' must be 'title-abstract' or 'full-text', got '{stageText}'";
        }

        if (problem is null && decision is null)
        {
            problem = $"'decision' must be include, exclude, maybe, not-retrieved or retract, got '{decisionText}'";
        }

        if (problem is null && decision == ScreeningDecision.Retract && string.IsNullOrEmpty(retracts))
        {
            problem = "a 'retract' entry needs 'retracts', the id of the entry it takes back";
        }

        if (problem is not null)
        {
            error = problem;
            return null;
        }

        error = null;
        return new JournalEntry
        {
            Id = id!,
            Time = time,
            Key = key!,
            Stage = stage!.Value,
            Reviewer = reviewer!,
            Decision = decision!.Value,
            Reason = reason,
            Note = note,
            Resolution = resolution,
            Retracts = retracts,
            Study = study,
        };
    }

    private static string? Missing(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? $"'{name}' is missing" : null;
}
