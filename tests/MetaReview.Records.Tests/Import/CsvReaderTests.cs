using MetaReview.Records.Import;

namespace MetaReview.Records.Tests.Import;

/// <summary>Delimited files: generic column matching on a real file, mappings, and located errors.</summary>
public class CsvReaderTests
{
    [Fact]
    public void Cohen2006Screening_GenericColumns_2544Records()
    {
        var path = Path.Combine(SharedData.Citations, "..", "screening", "cohen2006_ace_inhibitors_synergy.csv");
        var r = RecordImporter.ImportFile(path);
        Assert.Equal((2544, 2544, 0), (r.Read, r.Imported, r.Skipped));
        // 26 rows have no title: kept, with a warning each.
        Assert.Equal(26, r.Warnings.Count());
        var first = r.Records[0];
        Assert.Equal("Distinct and combined vascular effects of ACE blockade and HMG-CoA reductase inhibition in hypertensive subjects.", first.Title);
        Assert.Equal(("10024335", 1999), (first.Pmid, first.Year));
        Assert.Equal("P Nazzaro", first.Authors[0]);
        Assert.Equal("Nazzaro", first.FirstAuthorSurname);
        Assert.Equal(7, first.Authors.Length);
    }

    [Fact]
    public void UnclosedQuote_ReportedAtTheQuote()
    {
        var r = RecordImporter.ImportText("Title,Year\n\"Closed, fine\",2001\n\"Never closed,2002\nNext,2003\n", "table.csv");
        Assert.Equal((2, 1, 1), (r.Read, r.Imported, r.Skipped));
        var error = Assert.Single(r.Errors);
        Assert.Equal((3, 1), (error.Line, error.Column));
        Assert.StartsWith("a quoted cell is not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedCellsMayHoldDelimitersQuotesAndLineBreaks()
    {
        var r = RecordImporter.ImportText("Title;Authors;Year\n\"A; \"\"quoted\"\" title\nover two lines\";\"Doe, J; Roe, R\";1999\n", "semicolons.csv");
        var rec = Assert.Single(r.Records);
        Assert.Equal("A; \"quoted\" title over two lines", rec.Title);
        Assert.Equal<string>(["Doe, J", "Roe, R"], rec.Authors);
        Assert.Empty(r.Problems);
    }

    [Fact]
    public void RowWithAnExtraCell_IsMalformed_AtTheExtraCell()
    {
        var r = RecordImporter.ImportText("Title,Year\nFine,2001\nShifted,by a comma,2002\n", "ragged.csv");
        var error = Assert.Single(r.Errors);
        Assert.Equal("ragged.csv:3:20: error: row has 3 cells but the header has 2; the columns cannot be matched, row skipped", error.ToString());
        Assert.Equal((2, 1, 1), (r.Read, r.Imported, r.Skipped));
    }

    [Fact]
    public void NoTitleColumn_FailsTheFile_NamingTheColumns()
    {
        var r = RecordImporter.ImportText("Name,Score\nDoe,3\n", "scores.csv");
        Assert.True(r.Failed);
        Assert.Equal(0, r.Read);
        Assert.Equal(
            "scores.csv:1:1: error: no column could be matched to the title (columns: 'Name', 'Score'); expected a column such as 'Title', or give a column mapping",
            Assert.Single(r.Problems).ToString());
    }

    [Fact]
    public void ExplicitMapping_NamesColumns_AndMissingOnesAreReported()
    {
        const string text = "Article name,Writers,When\nSome article,Doe J; Roe R,2010\n";
        var mapping = new ColumnMapping { Title = "Article name", Authors = "Writers", Year = "When" };
        var rec = Assert.Single(RecordImporter.ImportText(text, "custom.csv", new ImportOptions { Columns = mapping }).Records);
        Assert.Equal(("Some article", 2010), (rec.Title, rec.Year));
        Assert.Equal<string>(["Doe J", "Roe R"], rec.Authors);

        var wrong = RecordImporter.ImportText(text, "custom.csv", new ImportOptions { Columns = mapping with { Doi = "DOI" } });
        Assert.True(wrong.Failed);
        Assert.Equal("the column mapping names 'DOI' for the DOI, but the header has no such column", Assert.Single(wrong.Problems).Message);
    }
}
