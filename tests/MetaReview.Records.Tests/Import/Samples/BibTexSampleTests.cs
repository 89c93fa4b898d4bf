namespace MetaReview.Records.Tests.Import.Samples;

/// <summary>The BibTeX and BibLaTeX samples in shared/data/citations/bibtex.</summary>
public class BibTexSampleTests
{
    [Fact]
    public void Chocolate_BibLaTeX_JournalTitleDateAndUmlauts()
    {
        var r = SharedData.Import("bibtex/chocolate_biblatex_jabref.bib");
        Assert.Equal(RecordFormat.BibTex, r.Format);
        Assert.Equal((15, 15, 0), (r.Read, r.Imported, r.Skipped)); // the five @Comment blocks are not records
        Assert.Empty(r.Problems);
        var first = r.Records[0];
        Assert.Equal("Cocoa and Cardiovascular Health", first.Title);
        Assert.Equal<string>(["Corti, Roberto", "Flammer, Andreas J.", "Hollenberg, Norman K.", "Lüscher, Thomas F."], first.Authors);
        Assert.Equal(("Circulation", 2009, "119", "10", "1433-1441"), (first.Journal, first.Year, first.Volume, first.Issue, first.Pages)); // date = {2009-03}
        Assert.Equal("10.1161/circulationaha.108.827022", first.Doi);
        Assert.Equal("Nutrition & Metabolism", r.Records[2].Journal); // {Nutrition \& Metabolism}
    }

    [Fact]
    public void Complex_JabRef_StringsPreambleCommentsAndLatexAccents()
    {
        var r = SharedData.Import("bibtex/complex_edgecases_jabref.bib");
        Assert.Equal((20, 20, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Empty(r.Problems);
        var thesis = r.Records[0];
        Assert.Equal(RecordType.Thesis, thesis.Type);
        Assert.Equal("The postcranial anatomy of Procolophon (Parareptilia: Procolophonidae) and its implications for the origin of turtles", thesis.Title);
        Assert.Equal<string>(["deBraga, Michael"], thesis.Authors);
        var bostrom = r.Records.Single(x => x.Title == "Extending XP practices to support security requirements engineering");
        Assert.Equal("Boström, Gustav", bostrom.Authors[0]);
        Assert.Equal("Wäyrynen, Jaana", bostrom.Authors[1]);
        Assert.Equal("Bodén, Marine", bostrom.Authors[2]);
        Assert.Equal("10.1145/1137627.1137631", bostrom.Doi); // doi = {http://doi.acm.org/10.1145/…}
        Assert.Equal("11-18", bostrom.Pages);
        var complexNames = r.Records.Single(x => x.Title == "Article with complex Authornames");
        Assert.Equal<string>(["von Hippel, Eric", "Reagle, Jr., Joseph M.", "Sherry, John F., Jr.", "van den Huevel, Jr., Johan A"], complexNames.Authors);
        var paula = r.Records.Single(x => x.Title == "Two experiences designing for effective security");
        Assert.Equal("de Paula, Rogério", paula.Authors[0]);
        Assert.Equal("SOUPS '05: Proceedings of the 2005 symposium on Usable privacy and security", paula.Journal); // booktitle over two lines
    }

    [Fact]
    public void JabRefAuthors_Dblp_212Entries()
    {
        var r = SharedData.Import("bibtex/jabref_authors_jabref.bib");
        Assert.Equal((212, 212, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("CORDIC II: A New Improved CORDIC Algorithm", first.Title); // {CORDIC} {II:} {A} … braces removed
        Assert.Equal<string>(["Garrido, Mario", "Kallstrom, Petter", "Kumm, Martin", "Gustafsson, Oscar"], first.Authors);
        Assert.Equal("Johansson, Håkan", r.Records[1].Authors[1]); // H{\aa}kan
        Assert.Equal(149, r.Records.Count(x => x.Type == RecordType.ConferencePaper) - 3); // 149 @InProceedings + 3 @Proceedings
        Assert.Equal(48, r.Records.Count(x => x.Type == RecordType.JournalArticle));
    }
}
