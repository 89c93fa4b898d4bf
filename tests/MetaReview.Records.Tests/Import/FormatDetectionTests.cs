namespace MetaReview.Records.Tests.Import;

/// <summary>Formats are recognised from content (every sample), with the extension as a fallback and an explicit override.</summary>
public class FormatDetectionTests
{
    [Theory]
    [InlineData("ris/pubmed_via_endnote_asreview.txt", RecordFormat.Ris)] // .txt, starts with a blank line
    [InlineData("ris/edge_extraneous_data_rispy.ris", RecordFormat.Ris)] // preamble before the first TY
    [InlineData("ris/edge_corrupted_jabref.ris", RecordFormat.Ris)] // no TY at all: the extension decides
    [InlineData("medline/medline_multi_malformed_jabref.txt", RecordFormat.Medline)]
    [InlineData("medline/nbib_jabref.nbib", RecordFormat.Medline)]
    [InlineData("ovid/embase_ovid_endnote_export.cgi", RecordFormat.Ovid)]
    [InlineData("wos/wos_plaintext_rispy.txt", RecordFormat.WosPlainText)]
    [InlineData("wos/wos_plaintext_bom_r4001-4012.txt", RecordFormat.WosPlainText)]
    [InlineData("csv/scopus_export_litstudy.csv", RecordFormat.Csv)]
    [InlineData("endnote_xml/endnote15_article2_jabref.xml", RecordFormat.EndNoteXml)]
    [InlineData("bibtex/complex_edgecases_jabref.bib", RecordFormat.BibTex)]
    [InlineData("bibtex/jabref_authors_jabref.bib", RecordFormat.BibTex)] // "% Encoding: UTF-8" first
    public void DetectsFromContent(string file, RecordFormat expected)
    {
        Assert.Equal(expected, RecordImporter.DetectFormat(SharedData.PathOf(file)));
    }

    [Fact]
    public void ExplicitFormat_OverridesDetection()
    {
        // Read as MEDLINE, a RIS file has no "PMID- " record: every block of tags is reported as malformed.
        var r = SharedData.Import("ris/edge_starting_newlines_rispy.ris", new ImportOptions { Format = RecordFormat.Medline });
        Assert.Equal(RecordFormat.Medline, r.Format);
        Assert.Equal((1, 0, 1), (r.Read, r.Imported, r.Skipped));
        Assert.Equal((3, 1), (r.Problems[0].Line, r.Problems[0].Column));
    }

    [Fact]
    public void UnrecognisedContent_FailsWithAMessage_NotAnException()
    {
        var r = RecordImporter.ImportText("Just some notes about the search.\nNothing tabular here.\n", "notes.md");
        Assert.True(r.Failed);
        Assert.Null(r.Format);
        var problem = Assert.Single(r.Problems);
        Assert.Equal(
            "notes.md: error: the format could not be recognised from the content (starting 'Just some notes about the search.') or the extension; expected RIS, MEDLINE, Ovid, Web of Science, CSV, XLSX, EndNote XML or BibTeX, or give the format explicitly",
            problem.ToString());
    }

    [Fact]
    public void MissingFile_FailsWithAMessage()
    {
        var path = Path.Combine(SharedData.Citations, "ris", "no_such_export.ris");
        var r = RecordImporter.ImportFile(path);
        Assert.True(r.Failed);
        Assert.Equal($"{path}: error: the file does not exist", Assert.Single(r.Problems).ToString());
        Assert.Equal(0, r.Read);
    }
}
