using System.Globalization;
using System.Text;
using MetaReview.Records.Screening;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace MetaReview.Cli.Commands.Screen;

/// <summary>
/// The screening screen: the record (title, authors, source, abstract and keywords, with include and exclude
/// keywords highlighted), the eligibility criteria beside it, progress, and single-key decisions:
/// <c>i</c> include, <c>e</c> exclude (then a criterion's number), <c>m</c> maybe, <c>r</c> not retrieved
/// (full text), <c>n</c> a note for the next decision, <c>u</c> undo, <c>q</c> quit. Keys come from an
/// <see cref="IAnsiConsoleInput"/>, so tests drive it with scripted keys; every decision is in the journal
/// before the next record is shown.
/// </summary>
internal sealed class ScreenApp(IAnsiConsole console, IAnsiConsoleInput keys, ScreeningSession session)
{
    private const string ReasonKeys = "123456789abcdefghijklmnopqrstuvwxyz";

    /// <summary>Terminals at least this wide show the criteria beside the record.</summary>
    private const int WideScreen = 110;
    private string? _message;
    private string? _note;

    private bool FullText => session.Options.Stage == ScreeningStage.FullText;

    /// <summary>Runs until nothing is left, the reviewer quits, or the keys run out; returns the exit code.</summary>
    public int Run()
    {
        while (session.Current is { } record)
        {
            Render(record);
            var key = keys.ReadKey(intercept: true);
            if (key is null || key.Value.Key == ConsoleKey.Escape || char.ToLowerInvariant(key.Value.KeyChar) == 'q')
            {
                Stopped();
                return CliApp.Success;
            }

            Handle(char.ToLowerInvariant(key.Value.KeyChar));
        }

        Finished();
        return CliApp.Success;
    }

    private void Handle(char key)
    {
        switch (key)
        {
            case 'i':
                string? study = null;
                if (FullText && !session.Options.Resolve)
                {
                    study = Terminal.ReadLine(console, keys, "Study this report belongs to (Enter: a study of its own, Esc: cancel):");
                    if (study is null)
                    {
                        _message = "Cancelled.";
                        return;
                    }
                }

                Decide(ScreeningDecision.Include, null, study);
                break;
            case 'e':
                if (PickReason() is (true, var reason))
                {
                    Decide(ScreeningDecision.Exclude, reason, null);
                }

                break;
            case 'm':
                Decide(ScreeningDecision.Maybe, null, null);
                break;
            case 'r' when FullText:
                var why = Terminal.ReadLine(console, keys, "Why could the report not be retrieved? (Enter: no reason, Esc: cancel)");
                if (why is not null)
                {
                    Decide(ScreeningDecision.NotRetrieved, why, null);
                }

                break;
            case 'n':
                _note = Terminal.ReadLine(console, keys, "Note for the next decision (Esc: cancel):") is { Length: > 0 } note ? note : _note;
                _message = _note is null ? null : "Note kept for the next decision.";
                break;
            case 'u':
                var undone = session.Undo();
                _message = undone is null ? "Nothing to undo." : $"Undone: the decision on {undone.Key} is retracted (the journal keeps both entries).";
                break;
            default:
                _message = FullText
                    ? "Keys: i include, e exclude, m maybe, r not retrieved, n note, u undo, q quit."
                    : "Keys: i include, e exclude, m maybe, n note, u undo, q quit.";
                break;
        }
    }

    private void Decide(ScreeningDecision decision, string? reason, string? study)
    {
        if (session.Validate(decision, reason) is { } problem)
        {
            _message = $"Not recorded: {problem}.";
            return;
        }

        var entry = session.Decide(decision, reason, _note, study);
        _note = null;
        var why = entry.Reason is null ? "" : $" ({entry.Reason})";
        _message = $"{ScreeningNames.Of(entry.Decision)}{why}: {entry.Key}";
    }

    /// <summary>Asks for an exclusion reason: (true, id), (true, null) for none where allowed, (false, _) when cancelled.</summary>
    private (bool Chosen, string? Reason) PickReason()
    {
        var criteria = session.Options.Criteria;
        var optional = !FullText;
        if (criteria.IsEmpty)
        {
            var typed = Terminal.ReadLine(console, keys, optional ? "Reason id (Enter: none, Esc: cancel):" : "Reason id (required at full text; Esc: cancel):");
            return typed is null ? (false, null) : (true, typed.Length == 0 ? null : typed);
        }

        var lines = new StringBuilder("[bold]Exclusion reason:[/]\n");
        for (var i = 0; i < criteria.Length && i < ReasonKeys.Length; i++)
        {
            lines.Append(CultureInfo.InvariantCulture, $"  [bold]{ReasonKeys[i]}[/] {Markup.Escape(criteria[i].Id)}: {Markup.Escape(criteria[i].Description)}\n");
        }

        lines.Append(optional ? "  [bold]Enter[/] no reason   [bold]Esc[/] cancel" : "  [bold]Esc[/] cancel");
        console.MarkupLine(lines.ToString());
        while (keys.ReadKey(intercept: true) is { } key)
        {
            if (key.Key == ConsoleKey.Escape)
            {
                _message = "Cancelled.";
                return (false, null);
            }

            if (key.Key == ConsoleKey.Enter && optional)
            {
                return (true, null);
            }

            var at = ReasonKeys.IndexOf(char.ToLowerInvariant(key.KeyChar), StringComparison.Ordinal);
            if (at >= 0 && at < criteria.Length)
            {
                return (true, criteria[at].Id);
            }
        }

        return (false, null);
    }

    private void Render(ScreeningRecord item)
    {
        var r = item.Record;
        var keywords = session.Options.Keywords;
        var p = session.Progress;
        console.Clear();
        var stage = FullText ? "Full text" : "Title/abstract";
        var mode = session.Options.Resolve ? $"resolving conflicts as {session.Options.Reviewer}" : session.Options.Reviewer;
        var order = session.IsPrioritised ? "ordered by relevance model" : keywords.Include.IsEmpty && keywords.Exclude.IsEmpty ? "import order" : "ordered by keywords";
        console.Write(new Rule(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{stage} · {mode} · {p.Decided:N0} of {p.Decided + p.Remaining:N0} decided ({p.Fraction * 100:0}%) · {order}"))).LeftJustified());

        var left = new List<IRenderable>
        {
            new Markup($"[bold]{Highlight(r.Title ?? "(no title)", keywords)}[/]"),
            new Markup($"[grey]{Markup.Escape(Source(item))}[/]"),
            new Text(""),
            new Markup(r.Abstract is null ? "[grey](no abstract)[/]" : Highlight(r.Abstract, keywords)),
        };
        if (!r.Keywords.IsDefaultOrEmpty)
        {
            left.Add(new Text(""));
            left.Add(new Markup("[grey]Keywords:[/] " + Highlight(string.Join("; ", r.Keywords), keywords)));
        }

        if (FullText)
        {
            left.Add(new Text(""));
            left.Add(new Markup($"[grey]Retrieval:[/] sought{Markup.Escape(Links(r))} — press [bold]r[/] if the report cannot be obtained"));
        }

        if (session.Options.Resolve)
        {
            left.Add(new Text(""));
            foreach (var d in session.State.Status(item.Index, session.Options.Stage).Decisions)
            {
                left.Add(new Markup(Markup.Escape($"{d.Reviewer}: {ScreeningNames.Of(d.Decision)}{(d.Reason is null ? "" : $" ({d.Reason})")}{(d.Note is null ? "" : $" — {d.Note}")}")));
            }
        }

        var record = new Panel(new Rows(left)).Header(Markup.Escape(item.Key)).Expand();
        var side = new Panel(Side()).Header("Criteria").Expand();
        if (console.Profile.Width >= WideScreen)
        {
            // Criteria beside the record on a wide terminal; below it on a narrow one, so the abstract keeps its width.
            var grid = new Grid();
            grid.AddColumn(new GridColumn());
            grid.AddColumn(new GridColumn().Width(38));
            grid.AddRow(record, side);
            console.Write(grid);
        }
        else
        {
            console.Write(record);
            console.Write(side);
        }

        if (_message is not null)
        {
            console.MarkupLine(Markup.Escape(_message));
            _message = null;
        }
    }

    private Rows Side()
    {
        var lines = new List<IRenderable>();
        var criteria = session.Options.Criteria;
        if (criteria.IsEmpty)
        {
            lines.Add(new Markup("[grey]No criteria: add them to review.yaml (eligibility) or screening/criteria.txt.[/]"));
        }

        for (var i = 0; i < criteria.Length && i < ReasonKeys.Length; i++)
        {
            lines.Add(new Markup($"[bold]{ReasonKeys[i]}[/] {Markup.Escape(criteria[i].Id)}: {Markup.Escape(criteria[i].Description)}"));
        }

        lines.Add(new Text(""));
        lines.Add(new Markup("[bold]i[/] include  [bold]e[/] exclude  [bold]m[/] maybe"));
        lines.Add(new Markup(FullText ? "[bold]r[/] not retrieved  [bold]n[/] note" : "[bold]n[/] note"));
        lines.Add(new Markup("[bold]u[/] undo  [bold]q[/] quit"));
        if (_note is not null)
        {
            lines.Add(new Markup($"[grey]Note:[/] {Markup.Escape(_note)}"));
        }

        return new Rows(lines);
    }

    private void Stopped()
    {
        var p = session.Progress;
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Stopped with {p.Decided:N0} of {p.Decided + p.Remaining:N0} decided; every decision is saved in the journal. Run the same command to go on.")));
    }

    private void Finished()
    {
        var p = session.Progress;
        var what = session.Options.Resolve ? "conflicts resolved" : "decided";
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"Nothing left: {p.Decided:N0} {what} at {ScreeningNames.Of(session.Options.Stage)} by {session.Options.Reviewer}: {p.Included:N0} include, {p.Excluded:N0} exclude, {p.Maybe:N0} maybe{(FullText ? string.Create(CultureInfo.InvariantCulture, $", {p.NotRetrieved:N0} not retrieved") : "")}; {p.Conflicts:N0} conflict(s) with other reviewers.")));
    }

    private static string Source(ScreeningRecord item)
    {
        var r = item.Record;
        var authors = r.Authors.IsDefaultOrEmpty ? "(no authors)" : string.Join("; ", r.Authors.Take(6)) + (r.Authors.Length > 6 ? "; et al." : "");
        var year = r.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d.";
        var databases = item.Databases.IsDefaultOrEmpty ? "" : $" · {string.Join(", ", item.Databases)}";
        return $"{authors} ({year}). {r.Journal}{databases}";
    }

    private static string Links(MetaReview.Records.Record r)
    {
        var links = new List<string>();
        if (r.Doi is not null)
        {
            links.Add($"https://doi.org/{r.Doi}");
        }

        if (r.Pmid is not null)
        {
            links.Add($"PMID {r.Pmid}");
        }

        return links.Count == 0 ? "" : $" ({string.Join(", ", links)})";
    }

    /// <summary>The text as markup, include keywords in green and exclude keywords in red.</summary>
    internal static string Highlight(string text, ScreeningKeywords keywords)
    {
        var markup = new StringBuilder();
        var at = 0;
        foreach (var h in keywords.Find(text))
        {
            markup.Append(Markup.Escape(text[at..h.Start]));
            var style = h.Kind == HighlightKind.Include ? "bold green" : "bold red";
            markup.Append(CultureInfo.InvariantCulture, $"[{style}]{Markup.Escape(text.Substring(h.Start, h.Length))}[/]");
            at = h.Start + h.Length;
        }

        return markup.Append(Markup.Escape(text[at..])).ToString();
    }
}
