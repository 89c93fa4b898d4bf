using MetaReview.Review.Input;
using MetaReview.Review.Input.Internal;

namespace MetaReview.Review.Tests.Input;

/// <summary>The recognised column names: matching, "did you mean", and their list in docs/input-format.md.</summary>
public class ColumnNamesTests
{
    [Theory]
    [InlineData("Experimental SD", "experimentalsd")]
    [InlineData("n.e", "ne")]
    [InlineData(" SD_E ", "sde")]
    [InlineData("I²(Q)", "iq")]
    public void Normalize_KeepsLettersAndDigitsInLowerCase(string header, string normalized) =>
        Assert.Equal(normalized, ColumnAliases.Normalize(header));

    [Theory]
    [InlineData("sd.e", "sd_e")]
    [InlineData("SD 1", "sd_e")]
    [InlineData("Experimental Events", "events_e")]
    [InlineData("TE", "yi")]
    [InlineData("seTE", "sei")]
    [InlineData("ci.lb", "ci_lower")]
    [InlineData("tneg", "nonevents_e")]
    public void Recognise_MapsToolNamesToMetaReviewsNames(string header, string canonical) =>
        Assert.Equal(canonical, ColumnAliases.Canonical(ColumnAliases.Recognise(header)!.Value.Role));

    [Theory]
    [InlineData("sd_ee", "sd_e")]
    [InlineData("Experimantal Mean", "Experimental Mean")]
    [InlineData("evnets_e", "events_e")]
    [InlineData("studdy", "study")]
    public void Suggest_FindsTheNameAMisspellingMeant(string header, string suggestion) =>
        Assert.Equal(suggestion, ColumnAliases.Suggest(header)!.Value.Name);

    [Theory]
    [InlineData("ablat")]
    [InlineData("alloc")]
    [InlineData("q")]
    [InlineData("year")]
    public void Suggest_LeavesOtherNamesAlone(string header) => Assert.Null(ColumnAliases.Suggest(header));

    [Theory]
    [InlineData("sd_e", "sde", 1)]
    [InlineData("ctrl", "crtl", 1)]
    [InlineData("mean", "", 4)]
    [InlineData("kitten", "sitting", 3)]
    public void EditDistance_CountsInsertionsDeletionsSubstitutionsAndTranspositions(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Between(a, b));

    [Fact]
    public void EveryRecognisedName_IsListedInTheDocs()
    {
        var docs = File.ReadAllText(Path.Combine(Repository.Root, "docs", "input-format.md"));

        var missing = ColumnAliases.Table.SelectMany(entry => entry.Names).Where(name => !docs.Contains($"`{name}`", StringComparison.Ordinal)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    public void ColumnLetters_AreThoseOfExcel(int index, string letters) => Assert.Equal(letters, InputLocation.ColumnLetters(index));

    [Fact]
    public void Locations_ReadAsFileLineOrFileSheetRow()
    {
        Assert.Equal("data.csv", new InputLocation("data.csv").ToString());
        Assert.Equal("data.csv:7", new InputLocation("data.csv", Line: 7, ColumnIndex: 3).ToString());
        Assert.Null(new InputLocation("data.csv", Line: 7, ColumnIndex: 3).CellReference);
        Assert.Equal("als.xlsx[Trials]:7", new InputLocation("als.xlsx", "Trials", 7, 3).ToString());
        Assert.Equal("D7", new InputLocation("als.xlsx", "Trials", 7, 3).CellReference);
    }
}
