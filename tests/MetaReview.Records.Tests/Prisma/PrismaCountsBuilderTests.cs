using MetaReview.Records.Prisma;
using MetaReview.Records.Screening;
using MetaReview.Records.Tests.Screening;

namespace MetaReview.Records.Tests.Prisma;

/// <summary>Every PRISMA 2020 count derived from a folder's imports, de-duplication and journal.</summary>
public class PrismaCountsBuilderTests
{
    [Fact]
    public void CompleteScreening_FillsEveryBox()
    {
        using var temp = new TempFolder();
        IbdScreening.Create(temp.Path);
        var counts = PrismaCountsBuilder.Build(temp.Path);

        Assert.Equal([new PrismaSource("PubMed", 12), new PrismaSource("PsycINFO", 12), new PrismaSource("Embase", 6), new PrismaSource("Scopus", 6)], counts.Databases.ToArray());
        Assert.Empty(counts.Registers);
        Assert.Equal(36, counts.RecordsIdentified);
        Assert.Equal(6, counts.DuplicatesRemoved);
        Assert.Equal(30, counts.RecordsAfterDuplicatesRemoved);
        Assert.Equal(30, counts.RecordsScreened);
        Assert.Equal(22, counts.RecordsExcluded);
        Assert.Equal(8, counts.ReportsSought);
        Assert.Equal(1, counts.ReportsNotRetrieved);
        Assert.Equal(7, counts.ReportsAssessed);
        Assert.Equal(
            [new PrismaReason("topic", "No psychological outcome or intervention", 1), new PrismaReason("design", "Not primary research", 1)],
            counts.ReportsExcluded.ToArray());
        Assert.Equal(4, counts.ReportsOfIncludedStudies);
        Assert.Equal(3, counts.StudiesIncluded);
        Assert.Equal(1, counts.ReportsAwaitingClassification);
        Assert.False(counts.IsComplete);
        Assert.Equal(["1 report(s) are 'maybe' at full text (awaiting classification): neither included nor excluded"], counts.Notes.ToArray());
        Assert.Empty(counts.Errors);
    }

    [Fact]
    public void ScreeningUnderWay_CountsOnlyFinalOutcomes_AndSaysWhatIsWaiting()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var project = RecordsProject.Load(temp.Path);
        var dual = new ScreeningRules { ReviewersPerRecord = 2 };
        Directory.CreateDirectory(project.Folder.ScreeningDirectory);
        File.WriteAllText(project.Folder.Settings, "reviewers-per-record: 2\n");
        var ab = ScreeningSessionTests.Open(temp.Path, "AB", rules: dual);
        var cd = ScreeningSessionTests.Open(temp.Path, "CD", rules: dual);
        ab.Decide(ScreeningDecision.Include); // record A: both include
        cd.Decide(ScreeningDecision.Include);
        ab.Decide(ScreeningDecision.Exclude, "topic"); // record B: conflict
        cd.Decide(ScreeningDecision.Include);
        ab.Decide(ScreeningDecision.Exclude); // record C: only AB, no reason

        var counts = PrismaCountsBuilder.Build(temp.Path, IbdFolder.Criteria);
        Assert.Equal((1, 0, 1), (counts.RecordsScreened, counts.RecordsExcluded, counts.ReportsSought));
        Assert.Equal((28, 1, 1), (counts.RecordsAwaitingScreening, counts.RecordsInConflict, counts.ReportsAwaitingAssessment));
        Assert.False(counts.IsComplete);
        Assert.Equal(
            [
                "28 record(s) are not yet screened at title/abstract (or wait for a second reviewer)",
                "1 record(s) have conflicting title/abstract decisions; resolve them with 'metareview screen DIR --resolve'",
                "1 report(s) sought are not yet assessed at full text (or wait for a second reviewer)",
            ],
            counts.Notes.ToArray());
    }

    [Fact]
    public void ImportsWithoutADatabase_AreCountedUnderTheFileName()
    {
        using var temp = new TempFolder();
        var folder = new ReviewFolder(temp.Path);
        ReviewImporter.Import(folder, [SharedData.PathOf("ris/ovid_via_zotero_asreview.ris")], ImportOptions.Default, SourceKind.Database, IbdFolder.ImportTime);
        ReviewImporter.Import(folder, [SharedData.PathOf("ris/embase_asreview.ris")], ImportOptions.Default, SourceKind.Register, IbdFolder.ImportTime);
        var counts = PrismaCountsBuilder.Build(temp.Path);
        Assert.Equal([new PrismaSource("ovid_via_zotero_asreview.ris", 6)], counts.Databases.ToArray());
        Assert.Equal([new PrismaSource("Embase", 6)], counts.Registers.ToArray());
        Assert.Contains("ovid_via_zotero_asreview.ris: 6 record(s) do not say which database they come from and are counted under the file's name; import it again with --database NAME to name it", counts.Notes);
    }

    [Fact]
    public void AnEmptyFolder_CountsNothing()
    {
        using var temp = new TempFolder();
        var counts = PrismaCountsBuilder.Build(temp.Path);
        Assert.Empty(counts.Databases);
        Assert.Equal(0, counts.RecordsIdentified);
        Assert.True(counts.IsComplete);
    }
}
