namespace MetaReview.Records.Tests.Import.Samples;

/// <summary>The EndNote XML samples in shared/data/citations/endnote_xml.</summary>
public class EndNoteXmlSampleTests
{
    [Fact]
    public void Bookends_JabRef_EntityInAddress_PmidFromAccession()
    {
        var r = SharedData.Import("endnote_xml/bookends_article_jabref.xml");
        Assert.Equal(RecordFormat.EndNoteXml, r.Format);
        Assert.Equal((1, 1, 0), (r.Read, r.Imported, r.Skipped));
        var rec = r.Records[0];
        // Pretty-printed over two lines inside <style>; white space collapsed.
        Assert.Equal("Trends in the lifetime risk of developing cancer in Great Britain: comparison of risk for those born from 1930 to 1960", rec.Title);
        Assert.Equal<string>(["Ahmad, AS", "Ormiston-Smith, N", "Sasieni, PD"], rec.Authors);
        Assert.Equal(("Br J Cancer", "112", "5", "943-7", 2015), (rec.Journal, rec.Volume, rec.Issue, rec.Pages, rec.Year));
        Assert.Equal("10.1038/bjc.2014.606", rec.Doi);
        Assert.Equal(4, rec.SourceLine);
        Assert.Equal(13, rec.Keywords.Length);
    }

    [Fact]
    public void EndNote15And20_JabRef_ThreeRecordsWithAltTitles()
    {
        var r = SharedData.Import("endnote_xml/endnote15_20_multititle_jabref.xml");
        Assert.Equal((3, 3, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("An ecological basis for reforestation of submariginal lands in the Central Hardwood Region", first.Title);
        Assert.Equal(("Ecology", "18", "1", "93-105", 1937), (first.Journal, first.Volume, first.Issue, first.Pages, first.Year));
        Assert.Equal("WOS:000200148800007", first.WosUt); // accession-num ISI:000200148800007
        Assert.Equal(RecordType.Book, r.Records[1].Type);
        Assert.Equal<string>(["Ainley, D.G.", "Ribic, C.A.", "Wodd, R.C."], r.Records[2].Authors);
    }

    [Fact]
    public void EndNote15Article2_JabRef_TwoRecords()
    {
        var r = SharedData.Import("endnote_xml/endnote15_article2_jabref.xml");
        Assert.Equal((2, 2, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Equal([4, 93], r.Records.Select(x => x.SourceLine));
        Assert.Equal("A survey of soil temperatures in the Chicago area", r.Records[1].Title);
        Assert.Equal<string>(["Strohecker, H. F."], r.Records[1].Authors);
    }

    [Fact]
    public void EndNote20Report_JabRef_ReportType()
    {
        var r = SharedData.Import("endnote_xml/endnote20_report_jabref.xml");
        Assert.Equal((1, 1, 0), (r.Read, r.Imported, r.Skipped));
        var rec = r.Records[0];
        Assert.Equal("Purple Martin (Progne subis): a technical conservation assessment", rec.Title);
        Assert.Equal((RecordType.Report, 2005), (rec.Type, rec.Year));
        Assert.Equal<string>(["Wiggins, D. A."], rec.Authors);
    }
}
