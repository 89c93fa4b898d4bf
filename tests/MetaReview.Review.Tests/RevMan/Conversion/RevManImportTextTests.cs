using System.Text;
using MetaReview.Review.RevMan.Conversion.Internal;

namespace MetaReview.Review.Tests.RevMan.Conversion;

/// <summary>
/// Text that YAML treats specially survives the import: names that read as null, hold quotes, colons and '#', letters
/// with diacritics, and characteristics text over several paragraphs (the reader trims each paragraph); Fleiss 1993
/// with some study names changed.
/// </summary>
public class RevManImportTextTests
{
    [Fact]
    public void SpecialNamesAndParagraphs_LoadBackExactly()
    {
        var text = File.ReadAllText(RevManFixtures.Rm5, Encoding.Latin1)
            .Replace("NAME=\"Davis\"", "NAME=\"null\"", StringComparison.Ordinal)
            .Replace("NAME=\"Florell\"", "NAME=\"Müller &amp; O'Brien: &quot;trial&quot; #1\"", StringComparison.Ordinal)
            .Replace("NAME=\"Gruen\"", "NAME=\"- Gruen [1975]\"", StringComparison.Ordinal)
            .Replace("<INCLUDED_CHAR STUDY_ID=\"STD-Hart\">\n<CHAR_METHODS/>", "<INCLUDED_CHAR STUDY_ID=\"STD-Hart\">\n<CHAR_METHODS><P>Randomised: yes  </P><P>  Follow-up: 1 year</P></CHAR_METHODS>", StringComparison.Ordinal);
        using var imported = ImportedProject.From(Encoding.Latin1.GetBytes(text), "Fleiss1993.rm5");
        var project = imported.Project;
        Assert.Equal("null", project.FindStudy("null")!.Label);
        var muller = project.FindStudy("muller_o_brien_trial_1")!;
        Assert.Equal(("Müller & O'Brien: \"trial\" #1", "Müller & O'Brien: \"trial\" #1 1971"), (muller.Label, muller.Citation));
        Assert.Equal("- Gruen [1975]", project.FindStudy("gruen_1975")!.Label);
        Assert.Equal("Methods: Randomised: yes\nFollow-up: 1 year\nData source (RevMan): PUB", project.FindStudy("hart")!.Notes);
        Assert.Equal(5, project.FindOutcome("1.2")!.Data.Length);
    }

    [Theory]
    [InlineData("ISIS-2", "isis-2")]
    [InlineData("Smith 2001a", "smith_2001a")]
    [InlineData("Dal Bello-Haas 2007", "dal_bello-haas_2007")]
    [InlineData("Müller 2001", "muller_2001")]
    [InlineData("  -Frimodt-Møller, 1973.", "frimodt-moller_1973")]
    [InlineData("東京", "")]
    public void Ids_AreLowerCaseAsciiLettersDigitsAndSeparators(string name, string id) =>
        Assert.Equal(id, ProjectIds.Slug(name));

    [Fact]
    public void Ids_AreMadeUnique_AndNeverEmpty()
    {
        var ids = new ProjectIds("study");
        Assert.Equal(["smith_2001", "smith_2001_2", "study", "study_2", "smith_2001_3"],
            new[] { "Smith 2001", "Smith, 2001", "東京", "???", "SMITH 2001" }.Select(ids.Make));
    }
}
