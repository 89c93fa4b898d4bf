using System.Text;

namespace MetaReview.Records.Tests.Import;

/// <summary>
/// Web of Science tab-delimited exports are UTF-16LE with a byte-order mark. No real sample is in the
/// shared data (SOURCES.md: none small enough was found), so the first record of
/// wos/wos_plaintext_bom_r4001-4012.txt is written here in the tab-delimited layout (same tags, values
/// copied from that file).
/// </summary>
public class WosTabDelimitedReaderTests
{
    private const string Header = "PT\tAU\tAF\tTI\tSO\tLA\tDT\tDE\tID\tAB\tPY\tVL\tIS\tAR\tDI\tPG\tUT\tPM\tDA\t";

    private const string Row = "J\tAsampong, E; Gyeke, MDP; Oduro, R\tAsampong, Emmanuel; Gyeke, Mavis Dako Plusminus; Oduro, Razak\t"
        + "Caregivers' views on stigmatization and discrimination of people affected by leprosy in Ghana\tPLOS NEGLECTED TROPICAL DISEASES\t"
        + "English\tArticle\t\tMENTAL-HEALTH; STIGMA; INDIA\t\"Background\" Leprosy is a condition that has long been associated with stigma\t"
        + "2018\t12\t1\te0006219\t10.1371/journal.pntd.0006219\t12\tWOS:000424022700066\t29377890\t2020-11-06\t";

    private static ImportResult Import(string text)
    {
        using var stream = new MemoryStream([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
        return RecordImporter.Import(stream, "savedrecs.txt");
    }

    [Fact]
    public void Utf16LeWithBom_DetectedAndRead()
    {
        var r = Import(Header + "\r\n" + Row + "\r\n");
        Assert.Equal(RecordFormat.WosTabDelimited, r.Format);
        var rec = Assert.Single(r.Records);
        Assert.Equal(2, rec.SourceLine);
        Assert.Equal("Caregivers' views on stigmatization and discrimination of people affected by leprosy in Ghana", rec.Title);
        Assert.Equal<string>(["Asampong, Emmanuel", "Gyeke, Mavis Dako Plusminus", "Oduro, Razak"], rec.Authors);
        Assert.Equal(("10.1371/journal.pntd.0006219", "29377890", "WOS:000424022700066", 2018), (rec.Doi, rec.Pmid, rec.WosUt, rec.Year));
        Assert.Equal(("e0006219", "Web of Science"), (rec.Pages, rec.SourceDatabase));
        Assert.Equal<string>(["MENTAL-HEALTH", "STIGMA", "INDIA"], rec.Keywords);
        // Quotes are ordinary characters in tab-delimited exports.
        Assert.StartsWith("\"Background\" Leprosy", rec.Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public void RowWithMoreCellsThanTags_IsMalformed_AndPlaced()
    {
        var shifted = Row.Replace("English\t", "English\tExtra\t", StringComparison.Ordinal);
        var r = Import(Header + "\n" + Row + "\n" + shifted + "\n");
        Assert.Equal((2, 1, 1), (r.Read, r.Imported, r.Skipped));
        var error = Assert.Single(r.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("row has 20 cells but the header has 19; the columns cannot be matched, row skipped", error.Message);
    }
}
