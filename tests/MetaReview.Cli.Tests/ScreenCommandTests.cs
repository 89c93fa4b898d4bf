using System.Text.Json;
using MetaReview.Cli.Commands.Screen;
using MetaReview.Records.Screening;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview screen</c>: the interactive screen driven by scripted keys, conflict resolution, agreement,
/// the refusals, and <c>screen simulate</c>.
/// </summary>
public class ScreenCommandTests
{
    private static readonly EligibilityCriterion[] Criteria =
    [
        new("population", "People with inflammatory bowel disease", "not people with IBD"),
        new("topic", "A psychological outcome or intervention"),
        new("design", "Primary research"),
    ];

    [Fact]
    public void Keys_DecideUndoAndNote_EveryDecisionInTheJournal()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        var session = Open(folder, "AB");
        var first = session.Current!.Key;
        var (console, text) = ScriptedConsole.Create();

        // include; exclude on criterion 2; maybe; undo the maybe; a note, then include; quit.
        var keys = new ScriptedKeys("ie2munread in full⏎iq");
        Assert.Equal(0, new ScreenApp(console, keys, session).Run());
        Assert.Equal(0, keys.Left);
        var journal = RecordsProject.Load(folder.Path).Journal.Entries;
        Assert.Equal(
            [ScreeningDecision.Include, ScreeningDecision.Exclude, ScreeningDecision.Maybe, ScreeningDecision.Retract, ScreeningDecision.Include],
            journal.Select(e => e.Decision));
        Assert.Equal(first, journal[0].Key);
        Assert.Equal("topic", journal[1].Reason);
        Assert.Equal(journal[2].Id, journal[3].Retracts);
        Assert.Equal(journal[2].Key, journal[4].Key); // the undone record is offered again
        Assert.Equal("read in full", journal[4].Note);
        Assert.All(journal, e => Assert.Equal("AB", e.Reviewer));

        var screen = text.ToString();
        Assert.Contains("Title/abstract · AB · 0 of 30 decided (0%) · import order", screen, StringComparison.Ordinal);
        Assert.Contains("1 population: People with inflammatory bowel disease", screen, StringComparison.Ordinal);
        Assert.Contains("exclude (topic): ", screen, StringComparison.Ordinal);
        Assert.Contains("Undone: the decision on ", screen, StringComparison.Ordinal);
        Assert.Contains("Stopped with 3 of 30 decided; every decision is saved in the journal. Run the same command to go on.", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_CancelAReason_ExcludeWithoutOne_AndHelpForOtherKeys()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        var (console, text) = ScriptedConsole.Create();
        var session = Open(folder, "AB", ScreeningStage.FullText);
        Assert.Null(session.Current); // nothing has passed title/abstract yet

        var ta = Open(folder, "AB");
        new ScreenApp(console, new ScriptedKeys("ie⎋e⏎xq"), ta).Run();
        var journal = RecordsProject.Load(folder.Path).Journal.Entries;
        Assert.Equal([(ScreeningDecision.Include, (string?)null), (ScreeningDecision.Exclude, null)], journal.Select(e => (e.Decision, e.Reason)));
        Assert.Contains("Cancelled.", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("Keys: i include, e exclude, m maybe, n note, u undo, q quit.", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FullText_NotRetrievedAndStudy_AndAReasonIsRequired()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        var ta = Open(folder, "AB");
        ta.Decide(ScreeningDecision.Include);
        ta.Decide(ScreeningDecision.Include);
        ta.Decide(ScreeningDecision.Maybe);

        var (console, text) = ScriptedConsole.Create();
        var ft = Open(folder, "AB", ScreeningStage.FullText);
        Assert.Equal(0, new ScreenApp(console, new ScriptedKeys("rpaywalled⏎e⎋e3iyouth-cbt⏎"), ft).Run());
        var fullText = RecordsProject.Load(folder.Path).Journal.Entries.Where(e => e.Stage == ScreeningStage.FullText).ToList();
        Assert.Equal(
            [(ScreeningDecision.NotRetrieved, "paywalled", (string?)null), (ScreeningDecision.Exclude, "design", null), (ScreeningDecision.Include, null, "youth-cbt")],
            fullText.Select(e => (e.Decision, e.Reason, e.Study)));
        var screen = text.ToString();
        Assert.Contains("Full text · AB · 0 of 3 decided (0%)", screen, StringComparison.Ordinal);
        Assert.Contains("Retrieval: sought", screen, StringComparison.Ordinal);
        Assert.Contains("Nothing left: 3 decided at full-text by AB: 1 include, 1 exclude, 0 maybe, 1 not retrieved; 0 conflict(s) with other reviewers.", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_ShowsBothDecisions_AndWritesAResolution()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        var dual = new ScreeningRules { ReviewersPerRecord = 2 };
        Open(folder, "AB", rules: dual).Decide(ScreeningDecision.Include, note: "psychological outcomes");
        Open(folder, "CD", rules: dual).Decide(ScreeningDecision.Exclude, "design");

        var (console, text) = ScriptedConsole.Create();
        var resolver = Open(folder, "EF", rules: dual, resolve: true);
        Assert.Equal(0, new ScreenApp(console, new ScriptedKeys("i"), resolver).Run());
        var resolution = RecordsProject.Load(folder.Path).Journal.Entries[^1];
        Assert.True(resolution.Resolution);
        Assert.Equal(("EF", ScreeningDecision.Include), (resolution.Reviewer, resolution.Decision));
        var screen = text.ToString();
        Assert.Contains("resolving conflicts as EF", screen, StringComparison.Ordinal);
        Assert.Contains("AB: include — psychological outcomes", screen, StringComparison.Ordinal);
        Assert.Contains("CD: exclude (design)", screen, StringComparison.Ordinal);
        Assert.Contains("Nothing left: 1 conflicts resolved at title-abstract by EF", screen, StringComparison.Ordinal);
    }

    [Fact]
    public void Agreement_PerStage_MatchesSnapshot()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "screening"));
        File.WriteAllText(System.IO.Path.Combine(folder.Path, "screening", "settings.txt"), "reviewers-per-record: 2\n");
        var dual = new ScreeningRules { ReviewersPerRecord = 2 };
        var ab = Open(folder, "AB", rules: dual);
        var cd = Open(folder, "CD", rules: dual);

        // Both screen the same ten records: they agree on eight (2 include, 6 exclude) and differ on two.
        string[] abKeys = ["i", "i", "e", "e", "e", "e", "e", "e", "i", "m"];
        string[] cdKeys = ["i", "i", "e", "e", "e", "e", "e", "e", "e", "m"];
        for (var i = 0; i < 10; i++)
        {
            var record = ab.Current!;
            ab.Decide(Decision(abKeys[i]), abKeys[i] == "e" ? "topic" : null);
            Assert.Equal(record.Key, cd.Current!.Key); // without a model, both are offered records in import order
            cd.Decide(Decision(cdKeys[i]), cdKeys[i] == "e" ? "topic" : null);
        }

        var (exit, output, error) = Cli.Run("screen", folder.Path, "--agreement");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Snapshot.Match("screen-agreement", output);
    }

    [Fact]
    public void WithoutAReviewer_OrATerminal_Exit2()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        var (exit, _, error) = Cli.Run("screen", folder.Path);
        Assert.Equal(2, exit);
        Assert.Equal("metareview screen: give your name or initials with --reviewer NAME; it is written with each decision.\n", error);
        (exit, _, error) = Cli.Run("screen", folder.Path, "--reviewer", "AB");
        Assert.Equal(2, exit);
        Assert.StartsWith("metareview screen: screening needs an interactive terminal", error, StringComparison.Ordinal);
        (exit, _, error) = Cli.Run("screen", folder.Path, "--reviewer", "AB", "--stage", "abstract");
        Assert.Equal(2, exit);
        Assert.Contains("abstract", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyFolder_Exit2_SaysToImportFirst()
    {
        using var folder = new ReviewDirectory();
        var (exit, _, error) = Cli.Run("screen", folder.Path, "--agreement");
        Assert.Equal(2, exit);
        Assert.Equal($"metareview screen: '{folder.Path}' has no imported records; import search exports first: metareview records import {folder.Path} FILE...\n", error);
    }

    [Fact]
    public void BadSettings_Exit2_NamingTheLine()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "screening"));
        var settings = System.IO.Path.Combine(folder.Path, "screening", "settings.txt");
        File.WriteAllText(settings, "reviewers-per-record: both\n");
        var (exit, _, error) = Cli.Run("screen", folder.Path, "--agreement");
        Assert.Equal(2, exit);
        Assert.Equal(
            $"{settings}:1: reviewers-per-record must be a whole number from 1 to 10 (1 single, 2 dual screening), got 'both'\nmetareview screen: fix {settings}; nothing was done.\n",
            error);
    }

    [Fact]
    public void Criteria_ComeFromTheReviewFile()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        folder.WriteReviewFile();
        var criteria = Commands.Records.FolderInput.Criteria(new CliContext(TextWriter.Null, TextWriter.Null), folder.Path);
        Assert.Equal(ReviewDirectory.CriteriaIds, criteria.Select(c => c.Id));
        Assert.Equal("People with inflammatory bowel disease", criteria[0].Description);
        Assert.Equal("not people with IBD", criteria[0].ExclusionReason);
    }

    [Fact]
    public void Simulate_NaiveBayes_OneSeed_OnCohen2006()
    {
        var path = ReviewDirectory.Citation("../screening/cohen2006_ace_inhibitors_synergy.csv");
        var (exit, output, error) = Cli.Run("screen", "simulate", path, "--seeds", "1", "--model", "nb", "--json");
        Assert.Equal(0, exit);
        Assert.StartsWith($"note: 26 warning(s) while reading '{path}' (e.g. the record starting at line 21 has no title;", error, StringComparison.Ordinal);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2544, root.GetProperty("records").GetInt32());
        Assert.Equal(41, root.GetProperty("relevant").GetInt32());
        Assert.Equal("label_included", root.GetProperty("label_column").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        Assert.Equal(1, run.GetProperty("seed").GetInt32());
        Assert.Equal(run.GetProperty("wss95").GetDouble(), root.GetProperty("wss95_mean").GetDouble());
        Assert.InRange(run.GetProperty("wss95").GetDouble(), 0.5, 0.95);
        Assert.InRange(run.GetProperty("screened_to_find_all").GetInt32(), 40, 2542);
        Assert.Equal(0, root.GetProperty("wss95_sd").GetDouble());
    }

    [Fact]
    public void Simulate_BadInput_Exit2()
    {
        var (exit, _, error) = Cli.Run("screen", "simulate", "no-such.csv");
        Assert.Equal(2, exit);
        Assert.Equal("metareview screen simulate: labelled file 'no-such.csv' not found.\n", error);

        var unlabelled = ReviewDirectory.Citation("csv/scopus_export_litstudy.csv");
        (exit, _, error) = Cli.Run("screen", "simulate", unlabelled);
        Assert.Equal(2, exit);
        Assert.Contains("no label column: expected one of the columns label_included, included, label, label_final, relevant (or name it with --label)", error, StringComparison.Ordinal);
        Assert.EndsWith($"metareview screen simulate: '{unlabelled}' cannot be used; nothing was simulated.\n", error, StringComparison.Ordinal);
        Assert.Equal(2, Cli.Run("screen", "simulate", unlabelled, "--seeds", "0").Exit);
    }

    private static ScreeningDecision Decision(string key) => key switch
    {
        "i" => ScreeningDecision.Include,
        "e" => ScreeningDecision.Exclude,
        _ => ScreeningDecision.Maybe,
    };

    private static ScreeningSession Open(ReviewDirectory folder, string reviewer, ScreeningStage stage = ScreeningStage.TitleAbstract, ScreeningRules? rules = null, bool resolve = false) =>
        ScreeningSession.Open(RecordsProject.Load(folder.Path), new ScreeningSessionOptions
        {
            Reviewer = reviewer,
            Stage = stage,
            Rules = rules ?? ScreeningRules.Default,
            Resolve = resolve,
            Criteria = [.. Criteria],
            Prioritisation = null,
            Clock = () => ScriptedConsole.Noon,
        });
}
