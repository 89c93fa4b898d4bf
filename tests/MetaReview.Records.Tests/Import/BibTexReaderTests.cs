namespace MetaReview.Records.Tests.Import;

/// <summary>BibTeX syntax errors are placed and the reader carries on with the next entry.</summary>
public class BibTexReaderTests
{
    [Fact]
    public void MissingEquals_EntrySkipped_NextEntryRead()
    {
        const string text = "@article{broken,\n  title {No equals sign},\n  year = 2001\n}\n\n@article{fine,\n  title = {Kept},\n  year = 2002\n}\n";
        var r = RecordImporter.ImportText(text, "refs.bib");
        Assert.Equal((2, 1, 1), (r.Read, r.Imported, r.Skipped));
        Assert.Equal("Kept", r.Records[0].Title);
        Assert.Equal(
            "refs.bib:2:9: error: malformed BibTeX entry: expected '=' after the field name 'title', found '{'; entry skipped",
            Assert.Single(r.Problems).ToString());
    }

    [Fact]
    public void UnclosedEntry_AtEndOfFile()
    {
        var r = RecordImporter.ImportText("@book{open,\n  title = {Never closed}\n", "open.bib");
        Assert.Equal((1, 0, 1), (r.Read, r.Imported, r.Skipped));
        Assert.Equal("open.bib:1:1: error: the entry 'open' starting at line 1 is not closed: expected '}' before the end of the file; entry skipped", Assert.Single(r.Problems).ToString());
    }

    [Fact]
    public void StringMacros_Concatenation_Months_AndQuotedValues()
    {
        const string text = "@string{jn = \"Journal of \"}\n@article{k, journal = jn # {Things}, title = \"A {\\\"U}ber title\", month = jan, year = 1999, pages = {3--14}, eprint = {12345678}, eprinttype = {pubmed}}\n";
        var rec = Assert.Single(RecordImporter.ImportText(text, "macros.bib").Records);
        Assert.Equal(("Journal of Things", "A Über title", "3-14", "12345678"), (rec.Journal, rec.Title, rec.Pages, rec.Pmid));
    }

    [Fact]
    public void UndefinedMacro_KeptByName_WithWarning()
    {
        var r = RecordImporter.ImportText("@article{k, title = {T}, journal = undefinedjournal}\n", "m.bib");
        Assert.Equal("undefinedjournal", Assert.Single(r.Records).Journal);
        Assert.Equal("m.bib:1:36: warning: the string macro 'undefinedjournal' is not defined by an @string before it; its name was kept as the value", Assert.Single(r.Problems).ToString());
    }
}
