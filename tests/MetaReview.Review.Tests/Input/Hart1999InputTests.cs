using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using static MetaReview.Review.Tests.Input.InputFiles;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// Warfarin for atrial fibrillation (Hart et al. 1999, Ann Intern Med 131:492): strokes and
/// patient-years in six trials, as metadat's dat.hart1999 exported by R's write.csv (metafor's x1i,
/// n1i, t1i, x2i, n2i, t2i: the columns of rates and of binary data at once).
/// </summary>
public class Hart1999InputTests
{
    [Fact]
    public void Dat_hart1999_WithoutAMeasure_ReadsRates_BecausePersonTimeIsGiven()
    {
        var result = AnalysisDataReader.Read(Data("dat.hart1999.csv"));

        var data = Succeeded(result);
        Assert.Equal(DataType.Rates, data.DataType);
        Assert.Equal(EffectMeasure.IRR, data.Measure);
        Assert.Equal(new StudyInput("AFASAK", new RateArms(9, 413, 19, 398)), data.Studies[0]);
        Assert.Equal(new StudyInput("EAFT", new RateArms(20, 507, 50, 405)), data.Studies[5]);
        Assert.Equal(
            [
                "measure inferred from the columns: IRR (incidence rate ratio) for rate data ('x1i', 't1i', 'x2i', 't2i')",
                "columns not used as data, kept as extra columns: 'n1i', 'n2i'",
            ],
            result.Notes.ToArray());
        Assert.Equal(["trial", "year", "n1i", "n2i", "compgrp", "prevtype", "trinr"], data.ExtraColumns.Select(c => c.Name));
    }

    [Fact]
    public void Dat_hart1999_WithRiskRatio_ReadsEventsAndTotals()
    {
        var data = Succeeded(AnalysisDataReader.Read(Data("dat.hart1999.csv"), new AnalysisDataReadOptions { Measure = EffectMeasure.RR }));

        Assert.Equal(DataType.Binary, data.DataType);
        Assert.Equal(new StudyInput("SPAF", new BinaryArms(8, 210, 19, 211)), data.Studies[1]);
        Assert.Equal("263", data.FindExtraColumn("t1i")!.Values[1]);
    }

    [Fact]
    public void PersonTimeOfZero_IsAnError()
    {
        // BAATAF's t1i corrupted from 487 to 0.
        var text = File.ReadAllText(Data("dat.hart1999.csv")).Replace(",3,212,487,", ",3,212,0,", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text, source: "hart.csv"),
            "hart.csv:4: column 't1i' (study 'BAATAF'): must be > 0 (person-time at risk), got 0");
    }
}
