namespace MetaReview.Records.Tests.Import;

/// <summary>Broken XML keeps the records before the fault and places the fault.</summary>
public class EndNoteXmlReaderTests
{
    [Fact]
    public void MalformedXml_RecordsBeforeKept_FaultPlaced()
    {
        const string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml><records>\n"
            + "<record><titles><title><style>First</style></title></titles></record>\n"
            + "<record><titles><title>Second</titel></titles></record>\n"
            + "</records></xml>\n";
        var r = RecordImporter.ImportText(text, "library.xml");
        Assert.Equal((2, 1, 1), (r.Read, r.Imported, r.Skipped));
        Assert.Equal("First", r.Records[0].Title);
        var error = Assert.Single(r.Errors);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("the XML is malformed:", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("the records before this point were kept, the rest of the file was not read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherXml_IsRejected()
    {
        var r = RecordImporter.ImportText("<?xml version=\"1.0\"?>\n<PubmedArticleSet></PubmedArticleSet>\n", "pubmed.xml", new ImportOptions { Format = RecordFormat.EndNoteXml });
        Assert.True(r.Failed);
        Assert.Equal("pubmed.xml:2:2: error: the root element is <PubmedArticleSet>, expected EndNote XML (<xml><records><record>…)", Assert.Single(r.Problems).ToString());
    }
}
