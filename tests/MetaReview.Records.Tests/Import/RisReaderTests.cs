namespace MetaReview.Records.Tests.Import;

/// <summary>RIS edge cases the samples do not cover, as small inline snippets.</summary>
public class RisReaderTests
{
    [Fact]
    public void MissingEr_BeforeNextTy_KeptWithWarning()
    {
        const string text = "TY  - JOUR\nTI  - First\nTY  - JOUR\nTI  - Second\nER  - \n";
        var r = RecordImporter.ImportText(text, "search.ris");
        Assert.Equal<string?>(["First", "Second"], r.Records.Select(x => x.Title));
        var warning = Assert.Single(r.Problems);
        Assert.Equal("search.ris:1:1: warning: the record starting at line 1 has no 'ER  - ' before the next 'TY  - ' on line 3; record kept", warning.ToString());
    }

    [Fact]
    public void FileEndingInsideARecord_KeptWithWarning()
    {
        var r = RecordImporter.ImportText("TY  - JOUR\nTI  - Truncated export\nAB  - The abstract was cut", "cut.ris");
        Assert.Equal(1, r.Imported);
        Assert.Equal("The abstract was cut", r.Records[0].Abstract);
        Assert.Contains("the file ends inside the record starting at line 1 (expected 'ER  - ')", Assert.Single(r.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TagsOutsideAnyRecord_WithoutEr_AreAWarningNotARecord()
    {
        var r = RecordImporter.ImportText("T1  - Stray\nAU  - Nobody\n\nTY  - JOUR\nT1  - Real\nER  - \n", "stray.ris");
        Assert.Equal((1, 1, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Equal("stray.ris:1:1: warning: tagged lines 1-2 stand outside any record (no 'TY  - ' before them and no 'ER  - ' after them); ignored", Assert.Single(r.Problems).ToString());
    }

    [Fact]
    public void CrLfCrAndLf_AllEndLines()
    {
        var r = RecordImporter.ImportText("TY  - JOUR\r\nTI  - Mixed\rAU  - Doe, J\nPY  - 2001\r\nER  - \r\n", "eol.ris");
        var rec = Assert.Single(r.Records);
        Assert.Equal(("Mixed", 2001), (rec.Title, rec.Year));
        Assert.Equal<string>(["Doe, J"], rec.Authors);
    }

    [Fact]
    public void CnkiStyle_SemicolonSeparatedAuthorsAndKeywords_AreSplit()
    {
        const string text = "TY  - JOUR\nAU  - 张三;李四;\nTI  - 医学综述撰写中的注意事项\nKW  - 医学综述;写作;规范化\nPY  - 2013\nDB  - CNKI\nER  - \n";
        var rec = Assert.Single(RecordImporter.ImportText(text, "cnki.ris").Records);
        Assert.Equal<string>(["张三", "李四"], rec.Authors);
        Assert.Equal<string>(["医学综述", "写作", "规范化"], rec.Keywords);
        Assert.Equal("CNKI", rec.SourceDatabase);
    }

    [Fact]
    public void EbscoStyle_DatabaseFromProviderAndLink()
    {
        const string text = "TY  - JOUR\nTI  - Title\nDP  - EBSCOhost\nUR  - https://search.ebscohost.com/login.aspx?direct=true&db=rzh&AN=123456\nER  - \n";
        Assert.Equal("EBSCO", Assert.Single(RecordImporter.ImportText(text, "ebsco.ris").Records).SourceDatabase);
    }

    [Fact]
    public void DatabaseGivenByTheCaller_WinsOverTheRecord()
    {
        var r = SharedData.Import("ris/embase_asreview.ris", new ImportOptions { Database = "Embase (via embase.com)" });
        Assert.All(r.Records, x => Assert.Equal("Embase (via embase.com)", x.SourceDatabase));
    }
}
