using System.Globalization;
using System.Text;
using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Tests;
using static MetaReview.Review.Tests.Input.InputFiles;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// BCG vaccine trials (Colditz et al. 1994, JAMA 271:698) as metadat's dat.bcg, exported by R's
/// write.csv (Data/dat.bcg.csv): metafor's 2×2 form with metadat's names tpos, tneg, cpos, cneg.
/// Published pooled values from docs/METHODS-REFERENCE.md §3.
/// </summary>
public class Colditz1994BcgInputTests
{
    [Fact]
    public void Dat_bcg_ReadsThirteenBinaryTrials_WithTotalsFromTheTwoByTwoTable()
    {
        var result = AnalysisDataReader.Read(Data("dat.bcg.csv"));
        var data = Succeeded(result);

        Assert.Equal(DataType.Binary, data.DataType);
        Assert.Equal(13, data.K);
        Assert.Equal("Aronson 1948", data.Studies[0].Study);
        Assert.Equal(new BinaryArms(4, 4 + 119, 11, 11 + 128), data.Studies[0].Data);
        Assert.Equal("Comstock et al 1976", data.Studies[12].Study);
        Assert.Equal(new BinaryArms(27, 27 + 16886, 29, 29 + 17825), data.Studies[12].Data);
        Assert.Equal(Enumerable.Range(2, 13), data.Lines);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Dat_bcg_AsATableOfCells_ReadsAsTheCsvFileDoes()
    {
        // The batch runner passes a line's "studies" array this way; the cells are the CSV file's, split by hand.
        var lines = File.ReadAllLines(Data("dat.bcg.csv"));
        static string[] Cells(string line) => [.. line.Split(',').Select(c => c.Trim('"'))];
        var rows = lines.Skip(1).Select(l => (IReadOnlyList<string>)Cells(l)).ToList();
        rows.Insert(5, [.. Enumerable.Repeat(" ", lines[0].Split(',').Length)]); // a blank row is skipped, as in a CSV file

        var table = AnalysisDataReader.ReadTable(Cells(lines[0]), rows, "dat.bcg");
        var file = Succeeded(AnalysisDataReader.Read(Data("dat.bcg.csv")));
        var data = Succeeded(table);

        for (var i = 0; i < file.K; i++)
        {
            Assert.Equal(file.Studies[i], data.Studies[i]);
        }
        Assert.Equal(file.Measure, data.Measure);
        Assert.Equal(Enumerable.Range(2, 5).Concat(Enumerable.Range(8, 8)), data.Lines);
    }

    [Fact]
    public void Table_WithEventsAboveTheTotal_NamesTheRowColumnAndValue()
    {
        // Aronson 1948 (Colditz et al. 1994) with its vaccinated events mistyped as 400 of 123.
        string[] headers = ["study", "events_e", "n_e", "events_c", "n_c"];
        IReadOnlyList<string>[] rows = [["Aronson 1948", "400", "123", "11", "139"], ["Rosenthal 1960", "3", "231", "11", "220"]];

        var result = AnalysisDataReader.ReadTable(headers, rows, "batch.jsonl line 7");

        Assert.Null(result.Dataset);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("batch.jsonl line 7:2: column 'events_e' (study 'Aronson 1948'): must not exceed the total in column 'n_e' (123), got 400", problem.ToString());
    }

    [Fact]
    public void Dat_bcg_InfersRiskRatio_AndSaysSo()
    {
        var result = AnalysisDataReader.Read(Data("dat.bcg.csv"));

        Assert.Equal(EffectMeasure.RR, result.Dataset!.Measure);
        Assert.True(result.Dataset.IsMeasureInferred);
        Assert.Equal(
            [
                "measure inferred from the columns: RR (risk ratio) for binary data ('tpos', 'tneg', 'cpos', 'cneg'); other measures for these data: OR, RD, PETO",
                "totals computed as events + non-events (columns 'tneg', 'cneg')",
                "study labels are column 'author' followed by column 'year'",
            ],
            result.Notes.ToArray());
    }

    [Fact]
    public void Dat_bcg_KeepsTrialYearLatitudeAndAllocation_AsExtraColumns()
    {
        var data = Succeeded(AnalysisDataReader.Read(Data("dat.bcg.csv")));

        Assert.Equal(["trial", "year", "ablat", "alloc"], data.ExtraColumns.Select(c => c.Name));
        string?[] latitudes = ["44", "55", "42", "52", "13", "44", "19", "13", "27", "42", "18", "33", "33"];
        Assert.Equal(latitudes, data.FindExtraColumn("ABLAT")!.Values.ToArray());
        Assert.Equal("alternate", data.FindExtraColumn("alloc")!.Values[4]);
        Assert.Equal("1948", data.FindExtraColumn("year")!.Values[0]);
        Assert.Null(data.FindExtraColumn("tpos"));
    }

    [Fact]
    public void Dat_bcg_PoolsToThePublishedFixedEffectLogRiskRatio()
    {
        var data = Succeeded(AnalysisDataReader.Read(Data("dat.bcg.csv")));
        var (yi, vi) = LogRiskRatios(data);

        var fit = InverseVariance.Fit(yi, vi, new ModelOptions { Model = EffectModel.Fixed });

        Tolerance.Published(-0.4303, fit.Estimate, 4, "estimate");
        Tolerance.Published(0.0405, fit.StandardError, 4, "se");
        Tolerance.Published(152.2330, fit.Q, 4, "Q");
    }

    [Fact]
    public void WithoutTheYearColumn_AuthorLabelsRepeat_AndTheDuplicatesAreWarnings()
    {
        // dat.bcg without its year column: "Rosenthal et al" (1960, 1961) and "Comstock et al" (1974, 1976) repeat.
        var lines = File.ReadAllLines(Data("dat.bcg.csv")).Select(l => string.Join(',', l.Split(',').Where((_, i) => i != 2)));
        var result = ReadCsvText(string.Join('\n', lines), source: "bcg.csv");

        var data = Succeeded(result);
        Assert.Equal(13, data.K);
        Assert.Equal(
            [
                "bcg.csv:11: column 'author' (study 'Rosenthal et al'): the same label as the study on line 4: labels should be unique (add the year or a letter)",
                "bcg.csv:14: column 'author' (study 'Comstock et al'): the same label as the study on line 12: labels should be unique (add the year or a letter)",
            ],
            result.Warnings.Select(w => w.ToString()));
    }

    [Fact]
    public void RiskRatiosWithConfidenceIntervals_AreLogged_AndPoolToThePublishedValue()
    {
        // The same trials as risk ratios with 95% intervals, computed from the 2×2 tables at full precision.
        var counts = Succeeded(AnalysisDataReader.Read(Data("dat.bcg.csv")));
        var (yi, vi) = LogRiskRatios(counts);
        var csv = IntervalsCsv(counts, yi, vi);

        var result = ReadCsvText(csv, new AnalysisDataReadOptions { Measure = EffectMeasure.RR });

        var data = Succeeded(result);
        Assert.Equal(DataType.Generic, data.DataType);
        Assert.False(data.IsMeasureInferred);
        for (var i = 0; i < yi.Length; i++)
        {
            var generic = Assert.IsType<GenericData>(data.Studies[i].Data);
            Tolerance.Relative(yi[i], generic.Yi, 1e-12, $"yi[{i}]");
            Tolerance.Relative(vi[i], generic.Vi, 1e-12, $"vi[{i}]");
        }

        var fit = InverseVariance.Fit([.. data.Studies.Select(s => ((GenericData)s.Data).Yi)], [.. data.Studies.Select(s => ((GenericData)s.Data).Vi)],
            new ModelOptions { Model = EffectModel.Fixed });
        Tolerance.Published(-0.4303, fit.Estimate, 4, "estimate");
    }

    [Fact]
    public void RiskRatiosWithoutAMeasure_AreReadAsGenericEstimates_WithAWarningThatTheyLookLikeRatios()
    {
        var counts = Succeeded(AnalysisDataReader.Read(Data("dat.bcg.csv")));
        var (yi, vi) = LogRiskRatios(counts);

        var result = ReadCsvText(IntervalsCsv(counts, yi, vi), source: "bcg-rr.csv");

        Assert.Equal(EffectMeasure.GEN, Succeeded(result).Measure);
        Assert.Equal(
            "bcg-rr.csv: the confidence intervals are symmetric on the log scale, as those of ratios are: if the estimates are ratios (RR, OR, HR, IRR), give the measure so that they are analysed as logs",
            Warning(result, InputProblemCode.CiLooksLikeRatio).ToString());
    }

    [Fact]
    public void ANegativeRiskRatio_IsRejected_SayingItMayBeALogValue()
    {
        // Banos et al. 2025 printed "RR = -1.41" (docs/ALS-TRIALS.md); here it replaces Aronson's risk
        // ratio in the BCG intervals, whose bounds stay as computed.
        var counts = Succeeded(AnalysisDataReader.Read(Data("dat.bcg.csv")));
        var (yi, vi) = LogRiskRatios(counts);
        var lines = IntervalsCsv(counts, yi, vi).Split('\n');
        var aronson = lines[1].Split(',');
        aronson[1] = "-1.41";
        lines[1] = string.Join(',', aronson);

        var result = ReadCsvText(string.Join('\n', lines), new AnalysisDataReadOptions { Measure = EffectMeasure.RR }, "nibs.csv");

        AssertProblems(result,
            "nibs.csv:2: column 'estimate' (study 'Aronson 1948'): a risk ratio must be > 0, got -1.41: if -1.41 is a log risk ratio, "
            + "enter the risk ratio itself (exp(-1.41) = 0.2441), or give log values as yi with sei or vi");
    }

    [Fact]
    public void ANegativeCount_IsAnError_NamingTheColumnAndStudy()
    {
        // Aronson's tpos corrupted from 4 to -4.
        var text = File.ReadAllText(Data("dat.bcg.csv")).Replace("1,\"Aronson\",1948,4,", "1,\"Aronson\",1948,-4,", StringComparison.Ordinal);

        var result = ReadCsvText(text, source: "dat.bcg.csv");

        AssertProblems(result, "dat.bcg.csv:2: column 'tpos' (study 'Aronson 1948'): must be ≥ 0 (a count), got -4");
    }

    [Fact]
    public void TotalsAndNonEvents_MayBeMixedPerArm()
    {
        // Aronson 1948 with the vaccinated arm as events/total and the control arm as events/non-events.
        var data = Succeeded(ReadCsvText("study,ai,n1i,ci,di\nAronson 1948,4,123,11,128\n"));

        Assert.Equal(new BinaryArms(4, 123, 11, 139), data.Studies[0].Data);
    }

    [Fact]
    public void AnArmWithoutParticipants_IsAnError()
    {
        // Aronson's vaccinated arm corrupted to 0 cases and 0 non-cases.
        var text = File.ReadAllText(Data("dat.bcg.csv")).Replace("1948,4,119,", "1948,0,0,", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text, source: "dat.bcg.csv"),
            "dat.bcg.csv:2: column 'tneg' (study 'Aronson 1948'): the arm has no participants: 'tpos' + 'tneg' is 0");
    }

    /// <summary>Log risk ratios and variances of the studies read, computed by the engine (metafor's escalc "RR").</summary>
    internal static (double[] Yi, double[] Vi) LogRiskRatios(AnalysisDataset data)
    {
        var effects = EffectSizeCalculator.Compute(EffectMeasure.RR, data.Studies);
        return ([.. effects.Yi], [.. effects.Vi]);
    }

    private static string IntervalsCsv(AnalysisDataset counts, double[] yi, double[] vi)
    {
        var z = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 0.975);
        var csv = new StringBuilder("study,estimate,ci_lower,ci_upper\n");
        for (var i = 0; i < yi.Length; i++)
        {
            var se = Math.Sqrt(vi[i]);
            csv.Append(CultureInfo.InvariantCulture, $"{counts.Studies[i].Study},{Math.Exp(yi[i]):R},{Math.Exp(yi[i] - z * se):R},{Math.Exp(yi[i] + z * se):R}\n");
        }

        return csv.ToString();
    }
}
