namespace MetaReview.Records.Tests.Import;

/// <summary>Several exports of one search imported together: totals and records per database (PRISMA 2020, identification).</summary>
public class ImportBatchTests
{
    [Fact]
    public void CountsAddUp_PerFileAndPerDatabase()
    {
        var files = new[] { "ris/embase_asreview.ris", "ris/scopus_asreview.ris", "ris/wos_ris_asreview.txt", "medline/pubmed_result2_biopython.txt", "ris/edge_corrupted_jabref.ris" }
            .Select(SharedData.PathOf);
        var batch = RecordImporter.ImportFiles(files);
        Assert.Equal((27, 26, 1), (batch.Read, batch.Imported, batch.Skipped));
        Assert.False(batch.Failed);
        // One record of the WoS RIS export (line 339) has no accession number, so nothing in it names the database.
        Assert.Equal(
            new Dictionary<string, int> { ["(unknown)"] = 1, ["Embase"] = 6, ["PubMed"] = 4, ["Scopus"] = 6, ["Web of Science"] = 9 },
            batch.CountsByDatabase);
        Assert.Null(batch.Records.Single(r => r.SourceFile.EndsWith("wos_ris_asreview.txt", StringComparison.Ordinal) && r.SourceLine == 339).SourceDatabase);
    }

    [Fact]
    public void DatabaseNamedPerFile_CountsEveryRecord()
    {
        var wos = SharedData.Import("ris/wos_ris_asreview.txt", new ImportOptions { Database = "Web of Science" });
        var batch = new ImportBatch { Files = [wos, SharedData.Import("ris/scopus_asreview.ris")] };
        Assert.Equal(new Dictionary<string, int> { ["Scopus"] = 6, ["Web of Science"] = 10 }, batch.CountsByDatabase);
    }
}
