using System.Security.Cryptography;
using MetaReview.Records.Screening;

namespace MetaReview.Records.Tests.Screening;

/// <summary>Importing exports into a review folder: copies, manifest, refusals, and the folder read back.</summary>
public class ReviewImporterTests
{
    [Fact]
    public void SixExports_GiveThirtyArticles_WithTheOvidDuplicatesMerged()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var project = RecordsProject.Load(temp.Path);
        Assert.Empty(project.Errors);
        Assert.Empty(project.Warnings);
        Assert.Empty(project.Problems);
        Assert.Equal(6, project.Imports.Length);
        Assert.Equal(36, project.Imports.Sum(e => e.Imported));
        Assert.Equal(30, project.Records.Length);
        Assert.Equal(6, project.Deduplication.DuplicatesRemoved);
        var ovid = project.Records[12];
        Assert.Equal("ovid_psycinfo_asreview.ris:2", ovid.Key);
        Assert.Equal(["ovid_psycinfo_asreview.ris:2", "ovid_via_zotero_asreview.ris:1"], ovid.MemberKeys.ToArray());
        Assert.Same(ovid, project.Find("ovid_via_zotero_asreview.ris:1"));
        Assert.Null(project.Find("ovid_via_zotero_asreview.ris:2"));

        var pubmed = project.Imports[0];
        Assert.Equal("pubmed_via_zotero_asreview.ris", pubmed.File);
        Assert.Equal("PubMed", pubmed.Database);
        Assert.Equal(6, pubmed.ByDatabase["PubMed"]);
        Assert.Equal(RecordFormat.Ris, pubmed.Format);
        Assert.Equal(IbdFolder.ImportTime, pubmed.ImportedAt);
        var copy = File.ReadAllBytes(Path.Combine(temp.Path, "records", "exports", pubmed.File));
        Assert.Equal(File.ReadAllBytes(SharedData.PathOf("ris/pubmed_via_zotero_asreview.ris")), copy);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(copy)), pubmed.Sha256);
    }

    [Fact]
    public void TheSameExportTwice_IsRefused_AndNothingOfTheBatchIsImported()
    {
        using var temp = new TempFolder();
        var folder = new ReviewFolder(temp.Path);
        var pubmed = SharedData.PathOf("ris/pubmed_via_endnote_asreview.txt");
        Assert.True(ReviewImporter.Import(folder, [pubmed], ImportOptions.Default, SourceKind.Database, IbdFolder.ImportTime).Committed);
        var manifest = File.ReadAllText(folder.ImportsManifest);

        var again = ReviewImporter.Import(folder, [SharedData.PathOf("ris/embase_asreview.ris"), pubmed], ImportOptions.Default, SourceKind.Database, IbdFolder.ImportTime);
        Assert.False(again.Committed);
        Assert.Null(again.Files[0].Refusal);
        Assert.Equal($"{pubmed}: already imported as 'pubmed_via_endnote_asreview.txt' on 2024-05-01 09:00 UTC (the same bytes); importing it again would count its records twice", again.Files[1].Refusal);
        Assert.Equal(manifest, File.ReadAllText(folder.ImportsManifest));
        Assert.False(File.Exists(folder.ExportPath("embase_asreview.ris")));
    }

    [Fact]
    public void ACorruptedExport_IsImportedWithItsSkippedRecord_OrRefusedInStrictMode()
    {
        using var temp = new TempFolder();
        var folder = new ReviewFolder(temp.Path);
        var corrupted = SharedData.PathOf("ris/edge_corrupted_jabref.ris");
        var strict = ReviewImporter.Import(folder, [corrupted], new ImportOptions { Format = RecordFormat.Ris, Strict = true }, SourceKind.Database, IbdFolder.ImportTime);
        Assert.False(strict.Committed);
        Assert.Equal($"{corrupted}: 1 record(s) malformed; strict mode imports nothing from it", strict.Files[0].Refusal);
        Assert.False(File.Exists(folder.ImportsManifest));
        Assert.False(Directory.Exists(folder.ExportsDirectory));

        var lenient = ReviewImporter.Import(folder, [corrupted], new ImportOptions { Format = RecordFormat.Ris }, SourceKind.Database, IbdFolder.ImportTime);
        Assert.True(lenient.Committed);
        Assert.Equal((1, 0, 1), (lenient.Read, lenient.Imported, lenient.Skipped));
        var entry = Assert.Single(ImportsManifest.Read(folder.ImportsManifest).Entries);
        Assert.Equal((0, 1, 1), (entry.Imported, entry.Skipped, entry.Errors));
    }

    [Fact]
    public void AnotherFileWithATakenName_GetsANumberedName()
    {
        using var temp = new TempFolder();
        var folder = new ReviewFolder(temp.Path);
        Directory.CreateDirectory(temp.File("other"));
        var renamed = temp.File("other/pubmed_via_endnote_asreview.txt");
        File.Copy(SharedData.PathOf("ris/pubmed_via_zotero_asreview.ris"), renamed);
        var result = ReviewImporter.Import(folder, [SharedData.PathOf("ris/pubmed_via_endnote_asreview.txt"), renamed], ImportOptions.Default, SourceKind.Database, IbdFolder.ImportTime);
        Assert.True(result.Committed);
        Assert.Equal(["pubmed_via_endnote_asreview.txt", "pubmed_via_endnote_asreview-2.txt"], result.Files.Select(f => f.Entry!.File));
        Assert.Equal("pubmed_via_endnote_asreview-2.txt:1", RecordsProject.Load(temp.Path).Records[6].Key);
    }

    [Fact]
    public void AChangedOrMissingCopy_IsAnError()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var folder = new ReviewFolder(temp.Path);
        File.AppendAllText(folder.ExportPath("embase_asreview.ris"), "\n");
        File.Delete(folder.ExportPath("scopus_asreview.ris"));
        var project = RecordsProject.Load(temp.Path);
        Assert.Equal(2, project.Errors.Length);
        Assert.Contains("embase_asreview.ris: the copy has changed since it was imported on 2024-05-01 09:00 UTC", project.Errors[0], StringComparison.Ordinal);
        Assert.Contains("scopus_asreview.ris: the copy of '", project.Errors[1], StringComparison.Ordinal);
        Assert.Contains("is missing; restore it", project.Errors[1], StringComparison.Ordinal);
        Assert.Equal(24, project.Records.Length); // 30 less Scopus's 6
    }
}
