using System.Text;
using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Tests;
using static MetaReview.Review.Tests.Input.InputFiles;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// Aspirin after myocardial infarction (Fleiss 1993), seven trials, as RevMan 5 analyses them
/// (docs/METHODS-REFERENCE.md §3), written the ways reviewers write them: RevMan's column names in a
/// semicolon-separated file with a byte order mark (Excel's "CSV UTF-8" in a European locale), R
/// meta's names in a tab-separated file, and RevMan 5's own data export (Data/revman5-*.csv).
/// </summary>
public class Fleiss1993AspirinInputTests
{
    /// <summary>Events/total, aspirin then control, in RevMan's order.</summary>
    private static readonly (string Study, int EventsE, int NE, int EventsC, int NC)[] Trials =
    [
        ("MRC-1", 49, 615, 67, 624), ("CDP", 44, 758, 64, 771), ("MRC-2", 102, 832, 126, 850), ("GASP", 32, 317, 38, 309),
        ("PARIS", 85, 810, 52, 406), ("AMIS", 246, 2267, 219, 2257), ("ISIS-2", 1570, 8587, 1720, 8600),
    ];

    private static string RevManStyle(string separator = ";", Func<int, string[], string[]>? change = null)
    {
        var text = new StringBuilder("\uFEFFStudy or Subgroup;Experimental Events;Experimental Total;Control Events;Control Total\r\n".Replace(";", separator, StringComparison.Ordinal));
        for (var i = 0; i < Trials.Length; i++)
        {
            var t = Trials[i];
            string[] fields = [t.Study, $"{t.EventsE}", $"{t.NE}", $"{t.EventsC}", $"{t.NC}"];
            text.Append(string.Join(separator, change?.Invoke(i, fields) ?? fields)).Append("\r\n");
        }

        return text.ToString();
    }

    [Fact]
    public void RevManColumnNames_SemicolonsAndByteOrderMark_ReadAsBinaryData()
    {
        var data = Succeeded(ReadCsvText(RevManStyle(), new AnalysisDataReadOptions { Measure = EffectMeasure.OR }));

        Assert.Equal(DataType.Binary, data.DataType);
        Assert.Equal(EffectMeasure.OR, data.Measure);
        Assert.False(data.IsMeasureInferred);
        Assert.Equal(Trials.Select(t => new StudyInput(t.Study, new BinaryArms(t.EventsE, t.NE, t.EventsC, t.NC))), data.Studies);
        Assert.Empty(data.ExtraColumns);
    }

    [Fact]
    public void MetaColumnNames_TabSeparated_ReadTheSameStudies()
    {
        var text = new StringBuilder("studlab\tevent.e\tn.e\tevent.c\tn.c\n");
        foreach (var t in Trials)
        {
            text.Append($"{t.Study}\t{t.EventsE}\t{t.NE}\t{t.EventsC}\t{t.NC}\n");
        }

        using var directory = new TempDirectory();
        var data = Succeeded(AnalysisDataReader.Read(directory.Write("aspirin.tsv", text.ToString())));

        Assert.Equal(Trials.Select(t => new StudyInput(t.Study, new BinaryArms(t.EventsE, t.NE, t.EventsC, t.NC))), data.Studies);
        Assert.Equal(EffectMeasure.RR, data.Measure);
    }

    [Fact]
    public void RevManExport_FitsBinaryAndContinuousAlike_SoTheMeasureMustBeGiven()
    {
        // RevMan 5's export fills Mean and SD with 0 for dichotomous outcomes.
        var result = AnalysisDataReader.Read(Data("revman5-fleiss1993-aspirin.csv"));

        Assert.Equal(
            "the values fit binary data ('Events 1', 'Total 1', 'Events 2', 'Total 2') and continuous data ('Mean 1', 'SD 1', 'Total 1', 'Mean 2', 'SD 2', 'Total 2') alike: "
            + "give the measure (RR, OR, RD, PETO for binary data; MD, SMD, ROM for continuous data)",
            Error(result, InputProblemCode.AmbiguousDataType).Message);
        Assert.Equal(2, Error(result, InputProblemCode.AmbiguousDataType).Location.Line);
    }

    [Fact]
    public void RevManExport_WithTheMeasure_ReadsTheTrials_AndKeepsTheRestAsExtraColumns()
    {
        var result = AnalysisDataReader.Read(Data("revman5-fleiss1993-aspirin.csv"), new AnalysisDataReadOptions { Measure = EffectMeasure.OR });

        var data = Succeeded(result);
        Assert.Equal(Trials.Select(t => new StudyInput(t.Study, new BinaryArms(t.EventsE, t.NE, t.EventsC, t.NC))), data.Studies);
        string?[] years = ["1974", "1976", "1979", "1979", "1980", "1980", "1988"];
        Assert.Equal(years, data.FindExtraColumn("year of study")!.Values.ToArray());
        Assert.Equal(
            ["columns not used as data, kept as extra columns: 'Mean 1', 'SD 1', 'Mean 2', 'SD 2', 'Effect Estimate', 'SE', 'CI Start', 'CI End'"],
            result.Notes.ToArray());
    }

    [Fact]
    public void OddsRatiosWithIntervals_FromTheRevManExport_GiveRevMansStandardErrors()
    {
        // The export's Name, Effect Estimate, CI Start and CI End columns alone: estimates with 95% intervals.
        var lines = File.ReadAllLines(Data("revman5-fleiss1993-aspirin.csv")).Select(l => l.Split(','));
        var csv = string.Join('\n', lines.Select(f => string.Join(',', f[3], f[16], f[18], f[19])));

        var data = Succeeded(ReadCsvText(csv, new AnalysisDataReadOptions { Measure = EffectMeasure.OR }));

        var revManSe = File.ReadAllLines(Data("revman5-fleiss1993-aspirin.csv")).Skip(1).Select(l => double.Parse(l.Split(',')[17], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(7, data.K);
        for (var i = 0; i < data.K; i++)
        {
            var generic = Assert.IsType<GenericData>(data.Studies[i].Data);
            // RevMan prints the bounds and the SE to 8 significant digits.
            Tolerance.Relative(revManSe[i], Math.Sqrt(generic.Vi), 1e-6, $"SE of log OR, {data.Studies[i].Study}");
        }

        Tolerance.Relative(Math.Log(0.71971415), ((GenericData)data.Studies[0].Data).Yi, 1e-12, "log OR, MRC-1");
    }

    [Fact]
    public void TheConfidenceLevel_SetsTheNormalQuantile()
    {
        // The same RevMan 95% intervals declared as 90% intervals: the SE grows by z(0.975)/z(0.95).
        var lines = File.ReadAllLines(Data("revman5-fleiss1993-aspirin.csv")).Select(l => l.Split(','));
        var csv = string.Join('\n', lines.Select(f => string.Join(',', f[3], f[16], f[18], f[19])));

        var at95 = Succeeded(ReadCsvText(csv, new AnalysisDataReadOptions { Measure = EffectMeasure.OR }));
        var at90 = Succeeded(ReadCsvText(csv, new AnalysisDataReadOptions { Measure = EffectMeasure.OR, CiLevel = 0.90 }));

        var ratio = Math.Sqrt(((GenericData)at90.Studies[0].Data).Vi / ((GenericData)at95.Studies[0].Data).Vi);
        Tolerance.Relative(1.959963984540054 / 1.6448536269514722, ratio, 1e-12, "SE ratio");
    }

    [Fact]
    public void EveryBadValue_IsReported_WithLineColumnStudyAndWhatIsExpected()
    {
        // Real rows with one value corrupted in each: MRC-1 events above the total, CDP's total missing,
        // GASP's control events as text, PARIS with a decimal comma, ISIS-2 with a fractional total.
        var text = RevManStyle(change: (i, f) => i switch
        {
            0 => [f[0], "700", f[2], f[3], f[4]],
            1 => [f[0], f[1], f[2], f[3], ""],
            3 => [f[0], f[1], f[2], "thirty-eight", f[4]],
            4 => [f[0], "85,5", f[2], f[3], f[4]],
            6 => [f[0], f[1], "8587.5", f[3], f[4]],
            _ => f,
        });

        var result = ReadCsvText(text, new AnalysisDataReadOptions { Measure = EffectMeasure.OR }, "aspirin.csv");

        AssertProblems(result,
            "aspirin.csv:2: column 'Experimental Events' (study 'MRC-1'): must not exceed the total in column 'Experimental Total' (615), got 700",
            "aspirin.csv:3: column 'Control Total' (study 'CDP'): a number is required, but the cell is empty",
            "aspirin.csv:5: column 'Control Events' (study 'GASP'): must be a number, got 'thirty-eight'",
            "aspirin.csv:6: column 'Experimental Events' (study 'PARIS'): must be a number with a decimal point, got '85,5': write 85.5 (or, if the comma separates thousands, leave it out)");
        Assert.Equal(
            ["aspirin.csv:8: column 'Experimental Total' (study 'ISIS-2'): expected a whole number, got 8587.5; kept as entered (counts adjusted for clustering are not whole; otherwise check the value)"],
            result.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void AMeasureThatNeedsOtherColumns_IsAnError_SayingWhatTheFileHas()
    {
        var result = ReadCsvText(RevManStyle(), new AnalysisDataReadOptions { Measure = EffectMeasure.SMD });

        AssertProblems(result,
            "data.csv:1: SMD (standardised mean difference) needs continuous data, mean_e, sd_e, n_e, mean_c, sd_c, n_c (missing mean_e, sd_e, mean_c, sd_c), "
            + "or generic data: yi with vi or sei, or estimate, ci_lower, ci_upper; the file has binary data, which fit RR, OR, RD, PETO");
    }

    [Fact]
    public void IntervalsThatAreSwappedEmptyOrBesideTheEstimate_AreErrors()
    {
        // RevMan's odds ratios with intervals; MRC-1's bounds swapped, CDP's estimate moved to 1.2
        // (above its interval), GASP's bounds both set to 0.8, PARIS's lower bound logged (-0.5935).
        var rows = File.ReadAllLines(Data("revman5-fleiss1993-aspirin.csv")).Select(l => l.Split(','))
            .Select(f => new[] { f[3], f[16], f[18], f[19] }).ToList();
        rows[1] = [rows[1][0], rows[1][1], rows[1][3], rows[1][2]];
        rows[2][1] = "1.2";
        rows[4][2] = rows[4][3] = "0.8";
        rows[5][2] = "-0.5935";

        var result = ReadCsvText(string.Join('\n', rows.Select(r => string.Join(',', r))), new AnalysisDataReadOptions { Measure = EffectMeasure.OR }, "or.csv");

        AssertProblems(result,
            "or.csv:2: column 'CI Start' (study 'MRC-1'): the lower bound 1.05933628 is above the upper bound 0.48897453 (column 'CI End'): are the bounds swapped?",
            "or.csv:3: column 'Effect Estimate' (study 'CDP'): must lie within its confidence interval [0.4573909, 1.01321191], got 1.2",
            "or.csv:5: column 'CI Start' (study 'GASP'): the confidence interval 0.8 to 0.8 has zero width, so it gives no standard error",
            "or.csv:6: column 'CI Start' (study 'PARIS'): an odds ratio must be > 0, got -0.5935: if -0.5935 is a log odds ratio, enter the odds ratio itself (exp(-0.5935) = 0.5524), or give log values as yi with sei or vi");
    }
}
