using MetaReview.Cli.Commands.Records;
using MetaReview.Records.Screening;

namespace MetaReview.Cli.Tests;

/// <summary>
/// <c>metareview records import|duplicates|export</c> on real search exports (the ASReview demo exports in
/// shared/data/citations; provenance in its SOURCES.md).
/// </summary>
public class RecordsCommandTests
{
    [Fact]
    public void Import_CopiesTheExports_AndSaysWhatEachGave()
    {
        using var folder = new ReviewDirectory();
        var (exit, output, error) = Cli.Run("records", "import", folder.Path, ReviewDirectory.Citation("ris/pubmed_via_zotero_asreview.ris"), "--database", "PubMed");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(
            $"{ReviewDirectory.Citation("ris/pubmed_via_zotero_asreview.ris")}: Ris as 'pubmed_via_zotero_asreview.ris': read 6 = imported 6 + skipped 0 (PubMed 6)\n"
            + $"Imported 1 file(s) into {folder.Path}: read 6 = imported 6 + skipped 0.\n"
            + $"Next: 'metareview records duplicates {folder.Path}' to see the duplicates, then 'metareview screen {folder.Path} --reviewer NAME'.\n",
            output);
        var entry = Assert.Single(ImportsManifest.Read(new ReviewFolder(folder.Path).ImportsManifest).Entries);
        Assert.Equal("PubMed", entry.Database);
    }

    [Fact]
    public void Import_ARepeatOrAMissingFile_Exit2_NothingImported()
    {
        using var folder = new ReviewDirectory();
        var embase = ReviewDirectory.Citation("ris/embase_asreview.ris");
        Assert.Equal(0, Cli.Run("records", "import", folder.Path, embase).Exit);
        var (exit, _, error) = Cli.Run("records", "import", folder.Path, ReviewDirectory.Citation("ris/scopus_asreview.ris"), embase, "no-such-file.ris");
        Assert.Equal(2, exit);
        Assert.Contains($"{embase}: already imported as 'embase_asreview.ris' on ", error, StringComparison.Ordinal);
        Assert.Contains("no-such-file.ris: file not found", error, StringComparison.Ordinal);
        Assert.EndsWith($"metareview records import: 2 of 3 file(s) refused; nothing was imported into '{folder.Path}' (fix or leave out the file(s) above and run the command again).\n", error, StringComparison.Ordinal);
        Assert.Single(ImportsManifest.Read(new ReviewFolder(folder.Path).ImportsManifest).Entries);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MalformedRecordsAreSkippedWithTheirPlace()
    {
        using var folder = new ReviewDirectory();
        var (exit, output, error) = Cli.Run("records", "import", folder.Path, ReviewDirectory.Citation("medline/medline_multi_malformed_jabref.txt"));
        Assert.Equal(0, exit);
        Assert.Contains("medline_multi_malformed_jabref.txt:", error, StringComparison.Ordinal);
        Assert.Matches(@"read (\d+) = imported (\d+) \+ skipped [1-9]", output);
    }

    [Fact]
    public void Duplicates_ListsTheUncertainPairs_WhenNotInATerminal()
    {
        using var folder = new ReviewDirectory();
        Assert.Equal(0, Cli.Run("records", "import", folder.Path, ReviewDirectory.Citation("ris/scopus_a2a3a4_asreview_issue1099.txt")).Exit);
        var (exit, output, error) = Cli.Run("records", "duplicates", folder.Path, "--review");
        Assert.Equal(0, exit);
        Assert.Equal("note: standard input is not a terminal, so the pairs are listed; run the command in a terminal to decide them.\n", error);
        Assert.Contains("1 uncertain pair(s) to decide (kept apart until decided):\n1. scopus_a2a3a4_asreview_issue1099.txt:110 | scopus_a2a3a4_asreview_issue1099.txt:126 (score ", output, StringComparison.Ordinal);
        Assert.Contains("same title; year, journal agree, but first author 'Verucchi' vs 'Viola'", output, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateReview_AnswersAreStoredAsGiven_AndApplied()
    {
        using var folder = new ReviewDirectory();
        Assert.Equal(0, Cli.Run("records", "import", folder.Path, ReviewDirectory.Citation("ris/scopus_a2a3a4_asreview_issue1099.txt")).Exit);
        var before = RecordsProject.Load(folder.Path);
        var (console, text) = ScriptedConsole.Create();
        var exit = new DuplicateReview(console, new ScriptedKeys("d"), before, "AB", () => ScriptedConsole.Noon).Run();
        Assert.Equal(0, exit);
        Assert.Contains("Possible duplicate 1 of 1", text.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 marked duplicate, 0 not duplicate, 0 left to decide (skipped 0).", text.ToString(), StringComparison.Ordinal);
        var after = RecordsProject.Load(folder.Path);
        Assert.Equal(before.Deduplication.DuplicatesRemoved + 1, after.Deduplication.DuplicatesRemoved);
        Assert.Empty(after.UndecidedPairs);
        var decision = Assert.Single(after.DuplicateDecisions);
        Assert.True(decision.IsDuplicate);
        Assert.Contains("\"reviewer\":\"AB\"", File.ReadAllText(after.Folder.DuplicateDecisions), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_IncludedAsRisAndCsv_AndTheJournal()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        folder.ScreenIbd();

        var (exit, ris, error) = Cli.Run("records", "export", folder.Path, "--included");
        Assert.Equal(0, exit);
        Assert.Equal("4 record(s) included at full-text.\n", error);
        Assert.Equal(4, ris.Split("ER  - ").Length - 1);

        var csvPath = System.IO.Path.Combine(folder.Path, "included.csv");
        Assert.Equal(0, Cli.Run("records", "export", folder.Path, "--included", "--stage", "title-abstract", "--format", "csv", "-o", csvPath).Exit);
        Assert.Equal(9, File.ReadAllLines(csvPath).Length); // header and the 8 records that passed title/abstract

        var (jexit, journal, _) = Cli.Run("records", "export", folder.Path, "--journal");
        Assert.Equal(0, jexit);
        var lines = journal.TrimEnd('\n').Split('\n');
        Assert.Equal("time,id,key,title,stage,reviewer,decision,reason,criterion,note,resolution,retracts,retracted,study", lines[0]);
        Assert.Equal(39, lines.Length); // 30 title/abstract and 8 full-text entries
    }

    [Fact]
    public void Export_NeitherOrBoth_Exit2()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        var (exit, _, error) = Cli.Run("records", "export", folder.Path);
        Assert.Equal(2, exit);
        Assert.Equal("metareview records export: give either --included (the included records) or --journal (the screening journal).\n", error);
        Assert.Equal(2, Cli.Run("records", "export", folder.Path, "--included", "--journal").Exit);
    }

    [Fact]
    public void AChangedExportCopy_Exit2_NamingTheFile()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        var copy = System.IO.Path.Combine(folder.Path, "records", "exports", "scopus_asreview.ris");
        File.AppendAllText(copy, "\n");
        var (exit, _, error) = Cli.Run("records", "export", folder.Path, "--included");
        Assert.Equal(2, exit);
        Assert.StartsWith($"{copy}: the copy has changed since it was imported on ", error, StringComparison.Ordinal);
        Assert.EndsWith($"metareview records export: 1 problem(s) in '{folder.Path}'; nothing was done.\n", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderThatDoesNotExist_Exit2()
    {
        var (exit, _, error) = Cli.Run("records", "duplicates", "/no/such/review");
        Assert.Equal(2, exit);
        Assert.Equal("metareview records duplicates: review folder '/no/such/review' not found.\n", error);
    }
}
