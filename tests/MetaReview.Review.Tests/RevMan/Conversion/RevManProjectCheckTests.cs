using MetaReview.Review.Project;
using MetaReview.Review.RevMan;
using MetaReview.Review.RevMan.Conversion;

namespace MetaReview.Review.Tests.RevMan.Conversion;

/// <summary>
/// The imported Fleiss (1993) project re-checked against RevMan's kept results after edits: a changed number or plan
/// disagrees, a removed outcome is skipped with the reason, and the results file reads back what was written.
/// </summary>
public class RevManProjectCheckTests
{
    [Fact]
    public void AnEditedCount_Disagrees()
    {
        using var imported = ImportedProject.From(RevManFixtures.Rm5);
        // ISIS-2, aspirin arm: 1570 deaths in RevMan; one more in the project.
        var edited = Edit(imported, "experimental: {events: 1570, n: 8587}", "experimental: {events: 1571, n: 8587}");
        var report = RevManProjectCheck.Run(edited, imported.Conversion.StoredResults);
        Assert.Equal(RevManCheckStatus.Fail, report.Rows[0].Status);
        Assert.Contains(report.Rows[0].Failures, f => f.Quantity == "Estimate");
        Assert.Contains(report.Rows[0].Failures, f => f.Quantity == "ISIS-2: Estimate");
        Assert.False(report.Agrees);
    }

    [Fact]
    public void AChangedModel_Disagrees()
    {
        using var imported = ImportedProject.From(RevManFixtures.Csv);
        var edited = Edit(imported, "analysis: {method: IV, model: fixed}", "analysis: {method: IV, model: random}");
        var report = RevManProjectCheck.Run(edited, imported.Conversion.StoredResults);
        Assert.Equal([RevManCheckStatus.Pass, RevManCheckStatus.Fail], report.Rows.Select(r => r.Status));
        Assert.Equal("Mean Difference (IV, Random, 95% CI)", report.Rows[1].Analysis);
    }

    [Fact]
    public void ARemovedOutcome_IsSkippedWithTheReason()
    {
        using var imported = ImportedProject.From(RevManFixtures.Csv);
        var stored = imported.Conversion.StoredResults with { Outcomes = [.. imported.Conversion.StoredResults.Outcomes.Select(o => o with { Outcome = o.Outcome + "x" })] };
        var report = RevManProjectCheck.Run(imported.Project, stored);
        Assert.All(report.Rows, r => Assert.Equal(RevManCheckStatus.Skipped, r.Status));
        Assert.Equal("the review file has no outcome '1.1x'", report.Rows[0].Reason);
        Assert.Equal($"{imported.Project.File} against RevMan's results from Fleiss1993_CR.csv", report.Source);
    }

    [Theory]
    [InlineData("Fleiss1993.rm5")]
    [InlineData("Fleiss1993_CR.csv")]
    [InlineData("Fleiss1993.zip")]
    public void ResultsFile_ReadsBackWhatWasWritten(string sample)
    {
        using var imported = ImportedProject.From(RevManFixtures.PathOf(sample));
        var path = Path.Combine(imported.Directory, RevManResultsFile.FileName);
        var read = RevManResultsFile.Read(path);
        using var again = new MemoryStream();
        RevManResultsFile.Write(read, again);
        Assert.Equal(File.ReadAllBytes(path), again.ToArray());
        var written = imported.Conversion.StoredResults;
        Assert.Equal((written.Source, written.Format, written.StoredDecimals), (read.Source, read.Format, read.StoredDecimals));
        Assert.Equal(written.Outcomes.SelectMany(o => o.Studies), read.Outcomes.SelectMany(o => o.Studies));
        Assert.Equal(written.Outcomes.Select(o => o.Results), read.Outcomes.Select(o => o.Results));
    }

    [Fact]
    public void ResultsFile_NotJson_OrWithoutAKey_SaysWhichFileAndKey()
    {
        var bad = Assert.Throws<InvalidDataException>(() => RevManResultsFile.Read(new MemoryStream("{\"source\": "u8.ToArray()), "x/revman-results.json"));
        Assert.StartsWith("x/revman-results.json:1: not valid JSON", bad.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<InvalidDataException>(() => RevManResultsFile.Read(new MemoryStream("{\"source\": \"a.rm5\", \"format\": \"rm5\"}"u8.ToArray()), "r.json"));
        Assert.Equal("r.json: the key 'outcomes' is missing or has the wrong type; this file is written by 'metareview import revman'.", missing.Message);
    }

    private static ReviewProject Edit(ImportedProject imported, string from, string to)
    {
        Assert.Contains(from, imported.Conversion.ReviewYaml, StringComparison.Ordinal);
        var load = ReviewProjectLoader.Parse(imported.Conversion.ReviewYaml.Replace(from, to, StringComparison.Ordinal), "review.yaml", imported.Directory);
        Assert.Empty(load.Problems);
        return load.Project!;
    }
}
