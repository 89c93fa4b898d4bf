using System.Collections.Immutable;
using MetaReview.Records.Deduplication;
using MetaReview.Records.Screening.Internal;

namespace MetaReview.Records.Screening;

/// <summary>
/// Reviewers' answers for uncertain duplicate pairs, <c>DIR/records/duplicate-decisions.jsonl</c>, appended and
/// never rewritten: <c>{"time":"…","first":"a.ris:12","second":"b.nbib:40","duplicate":true,"reviewer":"AB"}</c>.
/// For the same pair the last line counts (as in <see cref="Deduplicator"/>).
/// </summary>
public static class DuplicateDecisionLog
{
    /// <summary>Reads the decisions in the order written; a missing file has none.</summary>
    public static (ImmutableArray<DuplicateDecision> Decisions, ImmutableArray<JournalProblem> Problems) Read(string path)
    {
        var decisions = ImmutableArray.CreateBuilder<DuplicateDecision>();
        var problems = ImmutableArray.CreateBuilder<JournalProblem>();
        var name = path;
        foreach (var line in JsonLinesFile.Read(path))
        {
            using var document = JsonText.Parse(line.Text, out var error);
            string? problem = error;
            if (document is not null)
            {
                var root = document.RootElement;
                var first = JsonText.String(root, "first", ref problem);
                var second = JsonText.String(root, "second", ref problem);
                var duplicate = JsonText.Bool(root, "duplicate", ref problem);
                if (!root.TryGetProperty("duplicate", out _))
                {
                    problem ??= "'duplicate' (true or false) is missing";
                }

                problem ??= first is null ? "'first' is missing" : second is null ? "'second' is missing" : null;
                if (problem is null)
                {
                    decisions.Add(new DuplicateDecision(first!, second!, duplicate));
                    continue;
                }
            }

            problems.Add(new JournalProblem(name, line.Number, line.Terminated ? $"{problem}; decision skipped" : $"the last decision is incomplete ({problem}); it is ignored", !line.Terminated));
        }

        return (decisions.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Appends decisions (locked, flushed to disk).</summary>
    public static void Append(string path, IEnumerable<DuplicateDecision> decisions, string? reviewer, DateTimeOffset time) =>
        JsonLinesFile.AppendAll(path, [.. decisions.Select(d => JsonText.Line(json =>
        {
            json.WriteString("time", JsonText.Time(time));
            json.WriteString("first", d.FirstKey);
            json.WriteString("second", d.SecondKey);
            json.WriteBoolean("duplicate", d.IsDuplicate);
            JsonText.Optional(json, "reviewer", reviewer);
        }))]);
}
