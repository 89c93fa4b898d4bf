using System.Text;
using MetaReview.Review.RevMan;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>
/// The .rm5 reader never reaches outside the file (no DTD, no external entity, no entity expansion), refuses files
/// over the size limit before reading them, respects the declared encoding and locates malformed XML.
/// </summary>
public class RevManXmlSafetyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("revman-xml-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void ExternalEntity_IsRefused_AndTheReferencedFileIsNeverRead()
    {
        var secret = Path.Combine(_folder, "secret.txt");
        File.WriteAllText(secret, "TOP-SECRET-CONTENT");
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" +
            $"<!DOCTYPE COCHRANE_REVIEW [<!ENTITY xxe SYSTEM \"{new Uri(secret).AbsoluteUri}\">]>\n" +
            "<COCHRANE_REVIEW><COVER_SHEET><TITLE>&xxe;</TITLE></COVER_SHEET></COCHRANE_REVIEW>\n";
        var read = RevManReader.Read(Encoding.Latin1.GetBytes(xml), "xxe.rm5");

        Assert.Null(read.Review);
        var error = Assert.Single(read.Problems);
        Assert.Equal(("xxe.rm5", 3), (error.Location.File, error.Location.Line));
        var entity = xml.Split('\n')[2].IndexOf("&xxe;", StringComparison.Ordinal) + 1;
        Assert.InRange(error.Location.Column!.Value, entity, entity + 4);
        Assert.Contains("'xxe'", error.Message, StringComparison.Ordinal);
        Assert.Contains("entities are not expanded", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EntityExpansion_BillionLaughs_IsRefused()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE COCHRANE_REVIEW [\n<!ENTITY a \"aaaaaaaaaa\">\n" +
            string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">\n")) +
            "]>\n<COCHRANE_REVIEW><COVER_SHEET><TITLE>&j;</TITLE></COVER_SHEET></COCHRANE_REVIEW>\n";
        var read = RevManReader.Read(Encoding.UTF8.GetBytes(xml), "laughs.rm5");
        Assert.Null(read.Review);
        Assert.Contains("'j'", Assert.Single(read.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExternalDtd_IsIgnored_NotFetched()
    {
        var dtd = Path.Combine(_folder, "missing.dtd"); // does not exist: fetching it would fail
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" +
            $"<!DOCTYPE COCHRANE_REVIEW SYSTEM \"{new Uri(dtd).AbsoluteUri}\">\n" +
            "<COCHRANE_REVIEW><COVER_SHEET><TITLE>Plain</TITLE></COVER_SHEET></COCHRANE_REVIEW>\n";
        var read = RevManReader.Read(Encoding.Latin1.GetBytes(xml), "dtd.rm5");
        Assert.Equal("Plain", read.Review!.Title);
        var warning = Assert.Single(read.Problems);
        Assert.False(warning.IsError);
        Assert.Contains("ignored", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedXml_GivesLineAndColumn()
    {
        var xml = Rm5Document.Review("<COMPARISON ID=\"CMP-001\" NO=\"1\">\n<NAME>Broken</NAM>\n</COMPARISON>\n");
        var read = RevManReader.Read(Rm5Document.Latin1(xml), "broken.rm5");
        Assert.Null(read.Review);
        var error = Assert.Single(read.Problems);
        Assert.True(error.IsError);
        Assert.Equal(new RevManLocation("broken.rm5", 8, 15), error.Location);
        Assert.StartsWith("Malformed XML: The 'NAME' start tag on line 8 position 2 does not match the end tag of 'NAM'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("broken.rm5:8:15: error: Malformed XML", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FileOverTheLimit_IsRefusedBeforeReading()
    {
        var options = new RevManReaderOptions { MaxFileBytes = 10_000 };
        var read = RevManReader.Read(RevManFixtures.Rm5, options);
        Assert.Null(read.Review);
        var error = Assert.Single(read.Problems);
        Assert.Equal("Fleiss1993.rm5", error.Location.File);
        Assert.StartsWith("The file is 18,729 bytes; the limit is 10,000 bytes", error.Message, StringComparison.Ordinal);

        using var stream = File.OpenRead(RevManFixtures.Rm5);
        var fromStream = RevManReader.Read(stream, "upload.rm5", options);
        Assert.Null(fromStream.Review);
        Assert.Contains("the limit is 10,000 bytes", Assert.Single(fromStream.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultLimit_Is100MegaBytes() => Assert.Equal(100L * 1024 * 1024, RevManReaderOptions.Default.MaxFileBytes);

    [Fact]
    public void Iso88591_IsDecodedAsDeclared_WithWindows1252Punctuation()
    {
        // 0xFC is ü in ISO-8859-1; 0x92 is RevMan's (Windows) right single quote, not a control character.
        var xml = Rm5Document.Review("", ("STD-M_x00fc_ller", "M\u00fcller", "2001"), ("STD-O", "O\u2019Brien", "2002"));
        var bytes = Encoding.GetEncoding("ISO-8859-1").GetBytes(xml.Replace("\u2019", "\u0092", StringComparison.Ordinal));
        Assert.Contains((byte)0xFC, bytes);
        Assert.Contains((byte)0x92, bytes);
        var review = RevManReader.Read(bytes, "latin1.rm5").Review!;
        Assert.Equal(["M\u00fcller", "O\u2019Brien"], review.Studies.Select(s => s.Name));
    }

    [Fact]
    public void Utf8Declared_WithInvalidBytes_IsAnErrorAtTheByte()
    {
        var xml = Rm5Document.Review("", ("STD-A", "Andr\u00e9", "2001")).Replace("ISO-8859-1", "UTF-8", StringComparison.Ordinal);
        var bytes = Encoding.Latin1.GetBytes(xml); // é as the single byte 0xE9: not UTF-8
        var read = RevManReader.Read(bytes, "mislabelled.rm5");
        var error = Assert.Single(read.Errors);
        Assert.Equal((5, 47), (error.Location.Line, error.Location.Column));
        Assert.Contains("not valid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal("Andr\uFFFD", read.Review!.Studies[0].Name);
    }

    [Fact]
    public void UnknownEncoding_IsAnError()
    {
        var xml = Rm5Document.Review("").Replace("ISO-8859-1", "X-NO-SUCH-CHARSET", StringComparison.Ordinal);
        var read = RevManReader.Read(Encoding.ASCII.GetBytes(xml), "odd.rm5");
        Assert.Null(read.Review);
        Assert.Contains("'X-NO-SUCH-CHARSET'", Assert.Single(read.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherXml_IsNotAReview()
    {
        var read = RevManReader.Read(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\n<html><body/></html>"), "page.xml");
        Assert.Null(read.Review);
        Assert.Equal("The root element is <html>; a RevMan 5 review has <COCHRANE_REVIEW>.", Assert.Single(read.Problems).Message);
    }

    [Fact]
    public void ABadNumber_IsLocatedAtItsElementAndAttribute_AndTheRestIsRead()
    {
        var xml = Rm5Document.Review(
            "<COMPARISON ID=\"CMP-001\" NO=\"1\"><NAME>C</NAME>\n" +
            "<DICH_OUTCOME EFFECT_MEASURE=\"RR\" METHOD=\"MH\" NO=\"1\" RANDOM=\"NO\"><NAME>Deaths</NAME>\n" +
            "<DICH_DATA EVENTS_1=\"4O\" EVENTS_2=\"12\" STUDY_ID=\"STD-A\" TOTAL_1=\"100\" TOTAL_2=\"100\"/>\n" +
            "</DICH_OUTCOME></COMPARISON>\n", ("STD-A", "A", "2000"));
        var read = RevManReader.Read(Rm5Document.Latin1(xml), "typo.rm5");
        var error = Assert.Single(read.Problems);
        Assert.Equal(new RevManLocation("typo.rm5", 10, 2, "DICH_DATA EVENTS_1"), error.Location);
        Assert.Equal("'4O' is not a number.", error.Message);
        var row = read.Review!.Comparisons[0].Outcomes[0].Rows[0];
        Assert.Equal((null, 12.0), (row.EventsE, row.EventsC));
    }

    [Fact]
    public void UnknownFormat_AndMissingFile_AreProblemsNotExceptions()
    {
        var text = RevManReader.Read(Encoding.UTF8.GetBytes("study,events\nA,1\n"), "other.csv");
        Assert.Null(text.Review);
        Assert.StartsWith("This is not a RevMan file MetaReview knows", Assert.Single(text.Problems).Message, StringComparison.Ordinal);

        var missing = RevManReader.Read(Path.Combine(_folder, "nowhere.rm5"));
        Assert.Null(missing.Review);
        Assert.EndsWith("does not exist.", Assert.Single(missing.Problems).Message, StringComparison.Ordinal);
    }
}
