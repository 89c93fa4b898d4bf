namespace MetaReview.Records.Tests.Import.Samples;

/// <summary>The CSV samples in shared/data/citations/csv: Embase, IEEE Xplore and Scopus exports, recognised by their headers.</summary>
public class CsvSampleTests
{
    [Fact]
    public void Embase_Asreview_SourceColumnReadForJournalVolumeIssuePages()
    {
        var r = SharedData.Import("csv/embase_export_asreview.csv");
        Assert.Equal(RecordFormat.Csv, r.Format);
        Assert.Equal((6, 6, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Empty(r.Problems);
        var second = r.Records[1];
        Assert.Equal(3, second.SourceLine);
        Assert.Equal("Endoscopic ultrasound-guided fine-needle aspiration in the diagnosis of foregut duplication cysts: The value of demonstrating detached ciliary tufts in cyst fluid", second.Title);
        // "Cancer (2004) 102:4 (253-258). Date of Publication: 25 Aug 2004"
        Assert.Equal(("Cancer", 2004, "102", "4", "253-258"), (second.Journal, second.Year, second.Volume, second.Issue, second.Pages));
        Assert.Equal<string>(["Eloubeidi M.A.", "Cohn M.", "Cerfolio R.J.", "Chhieng D.C.", "Jhala N.", "Jhala D.", "Eltoum I.A."], second.Authors);
        Assert.Equal("10.1002/cncr.20369", second.Doi); // from the Open URL Link's id=doi:10.1002%2Fcncr.20369
        Assert.Equal("Embase", second.SourceDatabase);
        Assert.Equal("International Journal of Surgery Case Reports", r.Records[2].Journal);
        Assert.Null(r.Records[2].Issue); // "(2019) 54 (83-86)"
    }

    [Fact]
    public void IeeeXplore_LitStudy_GivenNamesFirstTurned()
    {
        var r = SharedData.Import("csv/ieee_xplore_export_litstudy.csv");
        Assert.Equal((10, 10, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("Exascale Computing Trends: Adjusting to the \"New Normal\"' for Computer Architecture", first.Title); // doubled quotes
        Assert.Equal<string>(["Kogge, P.", "Shalf, J."], first.Authors);
        Assert.Equal(("Computing in Science & Engineering", 2013, "15", "6", "16-26"), (first.Journal, first.Year, first.Volume, first.Issue, first.Pages));
        Assert.Equal("10.1109/mcse.2013.95", first.Doi);
        Assert.Equal("IEEE Xplore", first.SourceDatabase);
        Assert.Equal(RecordType.ConferencePaper, r.Records[1].Type);
        Assert.Equal<string>(["Boughzala, D.", "Lefèvre, L.", "Orgerie, A. -C."], r.Records[3].Authors);
    }

    [Fact]
    public void Scopus_LitStudy_BomQuotedCellsEid()
    {
        var r = SharedData.Import("csv/scopus_export_litstudy.csv");
        Assert.Equal((2, 2, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("Scalable molecular dynamics with NAMD", first.Title);
        Assert.Equal(10, first.Authors.Length);
        Assert.Equal("Kalé L.", first.Authors[8]);
        Assert.Equal(("2-s2.0-27344436659", "10.1002/jcc.20289", 2005), (first.ScopusEid, first.Doi, first.Year));
        Assert.Equal(("Journal of Computational Chemistry", "26", "16", "1781-1802"), (first.Journal, first.Volume, first.Issue, first.Pages));
        Assert.Equal(("Scopus", "English", RecordType.JournalArticle), (first.SourceDatabase, first.Language, first.Type)); // "Review" is a journal article
        Assert.Equal("Petri Nets: Properties, Analysis and Applications", r.Records[1].Title);
    }
}
