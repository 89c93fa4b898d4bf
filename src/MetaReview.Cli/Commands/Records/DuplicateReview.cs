using System.Globalization;
using MetaReview.Records;
using MetaReview.Records.Deduplication;
using MetaReview.Records.Screening;
using Spectre.Console;

namespace MetaReview.Cli.Commands.Records;

/// <summary>
/// The interactive review of uncertain duplicate pairs: each pair side by side, field by field, with the
/// comparison's score and reason; <c>d</c> duplicate, <c>n</c> not a duplicate, <c>s</c> skip, <c>q</c> quit.
/// Each answer is appended to <c>DIR/records/duplicate-decisions.jsonl</c> as it is given.
/// </summary>
internal sealed class DuplicateReview(IAnsiConsole console, IAnsiConsoleInput keys, RecordsProject project, string? reviewer, Func<DateTimeOffset> clock)
{
    /// <summary>Runs until every pair is answered or skipped, or the reviewer quits; returns the exit code.</summary>
    public int Run()
    {
        var pairs = project.UndecidedPairs.ToList();
        int duplicates = 0, distinct = 0, skipped = 0;
        for (var i = 0; i < pairs.Count; i++)
        {
            var pair = pairs[i];
            Render(pair, i, pairs.Count);
            var answer = Ask();
            if (answer is null)
            {
                break;
            }

            if (answer == 's')
            {
                skipped++;
                continue;
            }

            var decision = DuplicateDecision.For(pair, answer == 'd');
            DuplicateDecisionLog.Append(project.Folder.DuplicateDecisions, [decision], reviewer, clock());
            duplicates += decision.IsDuplicate ? 1 : 0;
            distinct += decision.IsDuplicate ? 0 : 1;
        }

        var left = pairs.Count - duplicates - distinct;
        console.MarkupLine(string.Create(CultureInfo.InvariantCulture,
            $"[bold]{duplicates}[/] marked duplicate, [bold]{distinct}[/] not duplicate, {left} left to decide (skipped {skipped})."));
        return CliApp.Success;
    }

    /// <summary>'d', 'n', 's', or null to quit.</summary>
    private char? Ask()
    {
        while (keys.ReadKey(intercept: true) is { } key)
        {
            if (key.Key == ConsoleKey.Escape)
            {
                return null;
            }

            switch (char.ToLowerInvariant(key.KeyChar))
            {
                case 'd' or 'y':
                    return 'd';
                case 'n':
                    return 'n';
                case 's':
                    return 's';
                case 'q':
                    return null;
            }
        }

        return null;
    }

    private void Render(ReviewPair pair, int index, int count)
    {
        var records = project.Deduplication.Records;
        var (a, b) = (records[pair.First], records[pair.Second]);
        console.Clear();
        console.Write(new Rule(string.Create(CultureInfo.InvariantCulture, $"Possible duplicate {index + 1} of {count}: score {pair.Score:0.00}")).LeftJustified());
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn(new TableColumn("").Width(9));
        table.AddColumn("Record A");
        table.AddColumn("Record B");
        Row(table, "Key", pair.FirstKey, pair.SecondKey);
        Row(table, "Title", a.Title, b.Title);
        Row(table, "Authors", Authors(a), Authors(b));
        Row(table, "Year", a.Year?.ToString(CultureInfo.InvariantCulture), b.Year?.ToString(CultureInfo.InvariantCulture));
        Row(table, "Journal", a.Journal, b.Journal);
        Row(table, "Volume", Join(a.Volume, a.Issue), Join(b.Volume, b.Issue));
        Row(table, "Pages", a.Pages, b.Pages);
        Row(table, "DOI", a.Doi, b.Doi);
        Row(table, "PMID", a.Pmid, b.Pmid);
        Row(table, "Database", a.SourceDatabase, b.SourceDatabase);
        console.Write(table);
        console.MarkupLine($"Why uncertain: {Markup.Escape(pair.Reason)}");
        console.MarkupLine("[bold]d[/] duplicate   [bold]n[/] not a duplicate   [bold]s[/] skip   [bold]q[/] quit");
    }

    private static void Row(Table table, string field, string? a, string? b)
    {
        var differ = !string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
        string Cell(string? v) => v is null ? "[grey]—[/]" : differ ? $"[yellow]{Markup.Escape(v)}[/]" : Markup.Escape(v);
        table.AddRow(new Markup(field), new Markup(Cell(a)), new Markup(Cell(b)));
    }

    private static string? Authors(Record r) =>
        r.Authors.IsDefaultOrEmpty ? null : string.Join("; ", r.Authors.Take(3)) + (r.Authors.Length > 3 ? $"; … ({r.Authors.Length})" : "");

    private static string? Join(string? volume, string? issue) =>
        volume is null ? issue is null ? null : $"({issue})" : issue is null ? volume : $"{volume}({issue})";
}
