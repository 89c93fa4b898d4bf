namespace MetaReview.Records.Tests.Import.Samples;

/// <summary>The Ovid tagged samples in shared/data/citations/ovid (Embase via Ovid, two export options).</summary>
public class OvidSampleTests
{
    [Theory]
    [InlineData("ovid/embase_ovid_citavi_export.ovd", 72)]
    [InlineData("ovid/embase_ovid_endnote_export.cgi", 75)]
    public void EmbaseViaOvid_TwoConferenceAbstracts(string file, int secondRecordLine)
    {
        var r = SharedData.Import(file);
        Assert.Equal(RecordFormat.Ovid, r.Format);
        Assert.Equal((2, 2, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Empty(r.Problems);
        var first = r.Records[0];
        Assert.Equal("Quality of life in patients with primary ciliary dyskinesia: A systematic review.", first.Title);
        Assert.Equal<string>(["Behan L.", "Rubbo B.", "Lucas J.S.", "Galvin A.D."], first.Authors);
        // SO  - BMC Proceedings. Conference: … 12 (Supplement 3) (no pagination), 2018.
        Assert.Equal(("BMC Proceedings", "12", "Supplement 3", null, 2018), (first.Journal, first.Volume, first.Issue, first.Pages, first.Year));
        Assert.Equal("10.1186/s12919-018-0099-8", first.Doi);
        Assert.Equal(("Embase", RecordType.ConferencePaper), (first.SourceDatabase, first.Type));
        Assert.Equal(secondRecordLine, r.Records[1].SourceLine);
        Assert.Equal("Development of a bioinformatics analysis method for diagnosis of.", r.Records[1].Title);
        // Both abstracts share the proceedings' DOI: a trap for DOI-only de-duplication.
        Assert.Equal(first.Doi, r.Records[1].Doi);
    }

    [Fact]
    public void TheTwoExportOptions_GiveTheSameAbstractText()
    {
        // The EndNote option breaks the abstract over unindented lines; the Citavi option writes one line.
        var endnote = SharedData.Import("ovid/embase_ovid_endnote_export.cgi").Records[0];
        var citavi = SharedData.Import("ovid/embase_ovid_citavi_export.ovd").Records[0];
        Assert.Equal(citavi.Abstract, endnote.Abstract);
        Assert.EndsWith("Interventions that ameliorate these issues need investigation.", endnote.Abstract, StringComparison.Ordinal);
    }
}
