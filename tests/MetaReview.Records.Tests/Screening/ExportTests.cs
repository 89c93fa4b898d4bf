using MetaReview.Records.Screening;

namespace MetaReview.Records.Tests.Screening;

/// <summary>Included records as RIS and CSV, and the journal as CSV for an audit.</summary>
public class ExportTests
{
    [Fact]
    public void IncludedRecords_AsRis_ReadBackWithTheirIdentifiers()
    {
        using var temp = new TempFolder();
        var project = IbdScreening.Create(temp.Path);
        var included = project.Screening().Included(ScreeningStage.FullText).ToList();
        Assert.Equal([0, 3, 12, 17], included.Select(r => r.Index));
        var ris = new StringWriter();
        RecordExport.WriteRis(ris, included);
        var path = temp.File("included.ris");
        File.WriteAllText(path, ris.ToString());
        var back = RecordImporter.ImportFile(path);
        Assert.Empty(back.Problems);
        Assert.Equal(included.Select(r => r.Record.Title), back.Records.Select(r => r.Title));
        Assert.Equal(included.Select(r => r.Record.Doi), back.Records.Select(r => r.Doi));
        Assert.Equal(included.Select(r => r.Record.Authors.Length), back.Records.Select(r => r.Authors.Length));
        Assert.Equal(included.Select(r => r.Record.Year), back.Records.Select(r => r.Year));
        Assert.Contains("N1  - MetaReview key: pubmed_via_zotero_asreview.ris:1\n", ris.ToString(), StringComparison.Ordinal);
        Assert.Contains("DB  - PsycINFO\n", ris.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void IncludedRecords_AsCsv()
    {
        using var temp = new TempFolder();
        var project = IbdScreening.Create(temp.Path);
        var state = project.Screening();
        var csv = new StringWriter();
        RecordExport.WriteCsv(csv, state.Included(ScreeningStage.FullText), r => state.Status(r.Index, ScreeningStage.FullText).Study);
        var lines = csv.ToString().Split('\n');
        Assert.Equal("key,title,authors,year,journal,volume,issue,pages,doi,pmid,pmcid,wos_ut,scopus_eid,databases,study,abstract,keywords", lines[0]);
        Assert.StartsWith("pubmed_via_zotero_asreview.ris:1,The importance of cognitive flexibility and flexibility in coping with", lines[1], StringComparison.Ordinal);
        Assert.Contains(",PubMed,flexibility,", lines[1], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length); // header, 4 records, and the empty string after the last line end
    }

    [Fact]
    public void Journal_AsCsv_KeepsRetractedEntriesMarked()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var session = ScreeningSessionTests.Open(temp.Path, "AB");
        var first = session.Decide(ScreeningDecision.Exclude, "design", note: "a narrative review, \"not\" a trial");
        session.Undo();
        var project = RecordsProject.Load(temp.Path);
        var csv = new StringWriter();
        JournalExport.WriteCsv(csv, project.Screening(), project.Journal.Entries, IbdFolder.Criteria);
        var lines = csv.ToString().Split('\n');
        Assert.Equal("time,id,key,title,stage,reviewer,decision,reason,criterion,note,resolution,retracts,retracted,study", lines[0]);
        Assert.Equal($"2024-05-02T10:00:00.000Z,{first.Id},{first.Key},{project.Find(first.Key)!.Record.Title},title-abstract,AB,exclude,design,Not primary research,\"a narrative review, \"\"not\"\" a trial\",false,,true,", lines[1]);
        Assert.EndsWith($",title-abstract,AB,retract,,,,false,{first.Id},false,", lines[2], StringComparison.Ordinal);
    }
}
