using System.Text;
using MetaReview.Review.RevMan;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>
/// RevMan 5's "Data and analyses" CSV export, varied the ways real exports vary: grouped thousands, a Windows code
/// page, a semicolon separator, fields left out of the export, subgroups, values that are not numbers.
/// </summary>
public class RevMan5CsvTests
{
    private static string Sample => File.ReadAllText(RevManFixtures.Csv, Encoding.UTF8);

    [Fact]
    public void GroupedThousands_AreNumbers_ButADecimalCommaIsAnError()
    {
        var text = Sample.Replace(",1570,0,0,8587,", ",\"1,570\",0,0,\"8,587\",", StringComparison.Ordinal)
            .Replace(",49,0,0,615,", ",\"4,9\",0,0,615,", StringComparison.Ordinal);
        var read = RevManReader.Read(Encoding.UTF8.GetBytes(text), "grouped.csv");
        var isis = read.Review!.Comparisons[0].Outcomes[0].Rows[6];
        Assert.Equal((1570.0, 8587.0), (isis.EventsE!.Value, isis.NE!.Value));
        var error = Assert.Single(read.Errors);
        Assert.Equal(new RevManLocation("grouped.csv", 4, 9, "Events 1"), error.Location);
        Assert.Equal("'4,9' is not a number.", error.Message);
        Assert.Equal("grouped.csv:4:9 (Events 1): error: '4,9' is not a number.", error.ToString());
    }

    [Fact]
    public void Windows1252File_IsReadWithAWarning()
    {
        var bytes = Encoding.Latin1.GetBytes(Sample); // "I²(Q)" as the single byte 0xB2: not UTF-8
        var read = RevManReader.Read(bytes, "windows.csv");
        var warning = Assert.Single(read.Problems);
        Assert.Equal("The file has no byte order mark and is not valid UTF-8; read as Windows-1252.", warning.Message);
        Assert.Equal(39.67458046, read.Review!.Comparisons[0].Outcomes[0].Results!.Heterogeneity!.I2);
    }

    [Fact]
    public void SemicolonSeparatedFile_IsRead()
    {
        var text = Sample.Replace(",", ";", StringComparison.Ordinal);
        var review = RevManReader.Read(Encoding.UTF8.GetBytes(text), "semicolon.csv").Review!;
        Assert.Equal(-0.70938839, review.Comparisons[0].Outcomes[1].Results!.Estimate);
    }

    [Fact]
    public void MissingStructuralColumns_AreNamed()
    {
        var lines = Sample.Split('\n');
        var text = string.Join('\n', lines.Select(l => string.Join(',', l.Split(',').Where((_, i) => i != 4))));
        var read = RevManReader.Read(Encoding.UTF8.GetBytes(text), "no-type.csv");
        Assert.Null(read.Review);
        Assert.Equal("Column 'Data Type' missing: the file cannot be read without it (in RevMan 5's export wizard, include this field).",
            Assert.Single(read.Problems).Message);
    }

    [Fact]
    public void Subgroups_FollowTheirRows()
    {
        // Fleiss (1993) aspirin trials split by publication before and after 1979, as RevMan 5 exports subgroups.
        const string csv = """
            Comparison Number,Outcome Number,Subgroup Number,Name,Data Type,Statistical Method,Effect Measure,Analysis Model,Events 1,Total 1,Events 2,Total 2,Effect Estimate,CI Start,CI End,Year of study
            1,0,0,Aspirin,,,,,,,,,,,,
            1,1,0,Deaths,DIC,MH,OR,Fixed,2128,14186,2286,13817,,,,
            1,1,1,Before 1979,DIC,MH,OR,Fixed,93,1373,131,1395,,,,
            1,1,1,MRC-1,,,,,49,615,67,624,0.71971415,0.48897453,1.05933628,1974
            1,1,1,CDP,,,,,44,758,64,771,0.6807598,0.4573909,1.01321191,1976
            1,1,2,From 1979,DIC,MH,OR,Fixed,2035,12813,2155,12422,,,,
            1,1,2,MRC-2,,,,,102,832,126,850,0.80287019,0.60645288,1.06290292,1979
            1,1,2,ISIS-2,,,,,1570,8587,1720,8600,0.89496936,0.82941758,0.96570193,1988
            """;
        var read = RevManReader.Read(Encoding.UTF8.GetBytes(csv), "subgroups.csv");
        Assert.Empty(read.Problems);
        var outcome = read.Review!.Comparisons[0].Outcomes[0];
        Assert.Empty(outcome.Rows);
        Assert.Equal(["Before 1979", "From 1979"], outcome.Subgroups.Select(s => s.Name));
        Assert.Equal(["MRC-1", "CDP"], outcome.Subgroups[0].Rows.Select(r => r.StudyName));
        Assert.Equal(["MRC-2", "ISIS-2"], outcome.Subgroups[1].Rows.Select(r => r.StudyName));
        Assert.Null(outcome.Subgroups[1].Results); // totals only: nothing to compare

        var rows = RevManCheck.Run(read.Review).Rows;
        Assert.Equal(["1.1 Deaths", "1.1.1 Before 1979", "1.1.2 From 1979"], rows.Select(r => r.Label));
        Assert.All(rows, r => Assert.Equal(RevManCheckStatus.Pass, r.Status)); // study estimates and intervals only
    }

    [Fact]
    public void AStudyRowBeforeItsOutcome_IsReportedAndSkipped()
    {
        const string csv = """
            Comparison Number,Outcome Number,Subgroup Number,Name,Data Type,Events 1,Total 1,Events 2,Total 2
            1,1,0,MRC-1,,49,615,67,624
            """;
        var read = RevManReader.Read(Encoding.UTF8.GetBytes(csv), "orphan.csv");
        var error = Assert.Single(read.Errors);
        Assert.Equal(2, error.Location.Line);
        Assert.StartsWith("A study row of outcome 1.1 comes before that outcome's own row", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataRowsFileAlone_IsRefusedWithAPointerToThePackage()
    {
        var read = RevManReader.Read("Analysis group,Analysis number,Analysis name,Subgroup,Applicability,Study\n1,1,A,,SUBGROUP_AND_OVERALL,X\n"u8.ToArray(), "x-data-rows.csv");
        Assert.Null(read.Review);
        Assert.StartsWith("This is the data-rows file of a Cochrane data package", Assert.Single(read.Problems).Message, StringComparison.Ordinal);
    }
}
