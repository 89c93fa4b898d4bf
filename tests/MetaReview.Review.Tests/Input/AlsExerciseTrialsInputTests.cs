using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using static MetaReview.Review.Tests.Input.InputFiles;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// Exercise and brain-stimulation trials in ALS, ALSFRS-R mean (SD), n per arm, from
/// docs/ALS-TRIALS.md: Braga 2018 (PMC5832023 table 2), Lunetta 2016, Zucchi 2019 (PMC6529833) and
/// Di Lazzaro 2009 (Neurosci Lett 464:18), in CSV and in an .xlsx workbook of two sheets.
/// </summary>
public class AlsExerciseTrialsInputTests
{
    private const string SixMonths = """
        study,year,category,mean_e,sd_e,n_e,mean_c,sd_c,n_c
        Braga 2018,2018,aerobic,34.1,7.1,24,29.5,7.7,24
        Lunetta 2016,2016,combined,32.8,6.5,30,28.7,7.5,30
        Zucchi 2019,2019,intensity comparison,33.08,9.76,32,33.08,9.42,33
        """;

    private static readonly object?[] Header = ["study", "year", "category", "mean_e", "sd_e", "n_e", "mean_c", "sd_c", "n_c"];

    private static byte[] Workbook(object? sdLunetta12 = null) => XlsxWriter.Write(
        ("6 months",
        [
            Header,
            ["Braga 2018", 2018, "aerobic", 34.1, 7.1, 24, 29.5, 7.7, 24],
            ["Lunetta 2016", 2016, "combined", 32.8, 6.5, 30, 28.7, 7.5, 30],
            ["Zucchi 2019", 2019, "intensity comparison", 33.08, 9.76, 32, 33.08, 9.42, 33],
        ]),
        ("12 months",
        [
            [],
            Header,
            ["Lunetta 2016", 2016, "combined", 27.5, sdLunetta12 ?? 7.6, 30, 23.3, 7.6, 30],
            [],
            ["Zucchi 2019", 2019, "intensity comparison", 30.16, 9.78, 32, 28.94, 10.87, 33],
            ["Di Lazzaro 2009", 2009, "brain stimulation", 23.1, 6.3, 10, 21.2, 6.0, 10],
        ]));

    [Fact]
    public void Csv_ReadsTheSixMonthTrials_WithYearAndCategoryKept()
    {
        var data = Succeeded(ReadCsvText(SixMonths));

        Assert.Equal(new StudyInput("Braga 2018", new ContinuousArms(34.1, 7.1, 24, 29.5, 7.7, 24)), data.Studies[0]);
        Assert.Equal(new StudyInput("Zucchi 2019", new ContinuousArms(33.08, 9.76, 32, 33.08, 9.42, 33)), data.Studies[2]);
        Assert.Equal(["year", "category"], data.ExtraColumns.Select(c => c.Name));
        string?[] categories = ["aerobic", "combined", "intensity comparison"];
        Assert.Equal(categories, data.FindExtraColumn("category")!.Values.ToArray());
    }

    [Fact]
    public void Csv_ANegativeSd_IsReportedAsTheStyleGuideShows()
    {
        // Braga's experimental SD corrupted from 7.1 to -1.2.
        var result = ReadCsvText(SixMonths.Replace("34.1,7.1,", "34.1,-1.2,", StringComparison.Ordinal));

        AssertProblems(result, "data.csv:2: column 'sd_e' (study 'Braga 2018'): must be > 0 (a standard deviation), got -1.2");
        var problem = result.Problems[0];
        Assert.Equal((InputProblemCode.SdNotPositive, "sd_e", "Braga 2018", "-1.2", 2), (problem.Code, problem.Column, problem.Study, problem.Value, problem.Location.Line));
    }

    [Fact]
    public void Xlsx_ReadsTheFirstSheet_AndNotesWhichOfTheSheetsItRead()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("als.xlsx", Workbook());

        var result = AnalysisDataReader.Read(path);

        var data = Succeeded(result);
        Assert.Equal("6 months", data.Sheet);
        Assert.Equal(new StudyInput("Lunetta 2016", new ContinuousArms(32.8, 6.5, 30, 28.7, 7.5, 30)), data.Studies[1]);
        Assert.Equal([2, 3, 4], data.Lines.ToArray());
        Assert.Equal("2018", data.FindExtraColumn("year")!.Values[0]);
        Assert.Equal("read sheet '6 months', the first of 2 ('6 months', '12 months'); name the sheet to read another", result.Notes[0]);
    }

    [Fact]
    public void Xlsx_ReadsANamedSheet_WithRowNumbersAsExcelShowsThem()
    {
        var result = AnalysisDataReader.ReadXlsx(new MemoryStream(Workbook()), "als.xlsx", new AnalysisDataReadOptions { Sheet = "12 MONTHS" });

        var data = Succeeded(result);
        Assert.Equal("12 months", data.Sheet);
        Assert.Equal(["Lunetta 2016", "Zucchi 2019", "Di Lazzaro 2009"], data.Studies.Select(s => s.Study));
        Assert.Equal(new ContinuousArms(23.1, 6.3, 10, 21.2, 6.0, 10), data.Studies[2].Data);
        Assert.Equal([3, 5, 6], data.Lines.ToArray());
        Assert.Equal(new InputLocation("als.xlsx", "12 months", 6), data.LocationOf(2));
        Assert.DoesNotContain(result.Notes, n => n.StartsWith("read sheet", StringComparison.Ordinal));
    }

    [Fact]
    public void Xlsx_ProblemsNameTheSheetRowAndCell()
    {
        // Lunetta's 12-month experimental SD corrupted to -7.6.
        var result = AnalysisDataReader.ReadXlsx(new MemoryStream(Workbook(sdLunetta12: -7.6)), "als.xlsx", new AnalysisDataReadOptions { Sheet = "12 months" });

        AssertProblems(result, "als.xlsx[12 months]:3: column 'sd_e' (cell E3, study 'Lunetta 2016'): must be > 0 (a standard deviation), got -7.6");
        Assert.Equal("E3", result.Problems[0].Location.CellReference);
    }

    [Fact]
    public void Xlsx_NumbersStoredAsText_AreRead_AndADecimalCommaIsReported()
    {
        // Lunetta's 12-month SD typed as text: "7.6" is read, "7,6" is not.
        Assert.Equal(7.6, ((ContinuousArms)Succeeded(AnalysisDataReader.ReadXlsx(new MemoryStream(Workbook(sdLunetta12: "7.6")), "als.xlsx",
            new AnalysisDataReadOptions { Sheet = "12 months" })).Studies[0].Data).SdE);

        var result = AnalysisDataReader.ReadXlsx(new MemoryStream(Workbook(sdLunetta12: "7,6")), "als.xlsx", new AnalysisDataReadOptions { Sheet = "12 months" });

        AssertProblems(result,
            "als.xlsx[12 months]:3: column 'sd_e' (cell E3, study 'Lunetta 2016'): must be a number with a decimal point, got '7,6': write 7.6 (or, if the comma separates thousands, leave it out)");
    }

    [Fact]
    public void Xlsx_AMissingSheet_ListsTheSheetsThereAre()
    {
        var result = AnalysisDataReader.ReadXlsx(new MemoryStream(Workbook()), "als.xlsx", new AnalysisDataReadOptions { Sheet = "3 months" });

        AssertProblems(result, "als.xlsx: no sheet named '3 months'; the workbook has '6 months', '12 months'");
    }

    [Fact]
    public void RowsOfDifferentDataTypes_AreAnError_NamingTheRowsOfEach()
    {
        // Two aspirin trials (Fleiss 1993, events/total) and two ALS trials (means) in one file.
        const string text = """
            study,events_e,n_e,events_c,n_c,mean_e,sd_e,mean_c,sd_c
            MRC-1,49,615,67,624,,,,
            CDP,44,758,64,771,,,,
            Braga 2018,,24,,24,34.1,7.1,29.5,7.7
            Lunetta 2016,,30,,30,32.8,6.5,28.7,7.5
            """;

        AssertProblems(ReadCsvText(text, source: "mixed.csv"),
            "mixed.csv:4: the rows hold different kinds of data: binary data ('events_e', 'n_e', 'events_c', 'n_c') on lines 2 and 3; "
            + "continuous data ('mean_e', 'sd_e', 'n_e', 'mean_c', 'sd_c', 'n_c') on lines 4 and 5. One file holds one analysis: put each kind of data in a file of its own");
    }

    [Fact]
    public void AMisspeltColumn_GetsADidYouMean_AndTheMissingColumnsAreNamed()
    {
        var text = SixMonths.Replace("sd_e,", "sd_ee,", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text),
            "data.csv:1: column 'sd_ee': not a recognised column; did you mean 'sd_e'?",
            "data.csv:1: columns missing: continuous data need mean_e, sd_e, n_e, mean_c, sd_c, n_c, missing sd_e");
    }

    [Fact]
    public void NoDataColumns_ListsEveryDataType()
    {
        var result = ReadCsvText("study,year\nBraga 2018,2018\n");

        AssertProblems(result,
            "data.csv:1: no analysis data columns were recognised: the file needs the columns of one data type, "
            + "binary: events_e, n_e, events_c, n_c (or nonevents_e, nonevents_c for the totals); continuous: mean_e, sd_e, n_e, mean_c, sd_c, n_c; "
            + "rate: events_e, time_e, events_c, time_c; correlation: r, n; proportion: events, n; generic: yi with vi or sei, or estimate, ci_lower, ci_upper "
            + "(docs/input-format.md lists the other accepted names)");
    }
}
