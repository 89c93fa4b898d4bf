using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using static MetaReview.Review.Tests.Input.InputFiles;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// Good outcome after surgery for aneurysms (Pritz 1997, Surg Neurol 47:463): 14 proportions, as
/// metadat's dat.pritz1997 exported by R's write.csv (metafor's xi and ni).
/// </summary>
public class Pritz1997InputTests
{
    [Fact]
    public void Dat_pritz1997_ReadsFourteenProportions_WithTheLogitInferred()
    {
        var result = AnalysisDataReader.Read(Data("dat.pritz1997.csv"));

        var data = Succeeded(result);
        Assert.Equal(DataType.Proportion, data.DataType);
        Assert.Equal(EffectMeasure.PLO, data.Measure);
        Assert.Equal(14, data.K);
        Assert.Equal(new StudyInput("1", new ProportionData(16, 17)), data.Studies[0]);
        Assert.Equal(new ProportionData(10, 10), data.Studies[4].Data);
        Assert.Equal("Giannotta et al.", data.FindExtraColumn("authors")!.Values[0]);
        Assert.Equal(
            "measure inferred from the columns: PLO (proportion (logit)) for proportion data ('xi', 'ni'); other measures for these data: PR, PAS, PFT",
            result.Notes[0]);
    }

    [Fact]
    public void EventsAboveTheTotal_OrAnEmptyGroup_AreErrors()
    {
        // Giannotta's xi corrupted from 16 to 18 (of 17); Swift and Solomon's n from 8 to 0.
        var text = File.ReadAllText(Data("dat.pritz1997.csv"))
            .Replace("\"Giannotta et al.\",16,17", "\"Giannotta et al.\",18,17", StringComparison.Ordinal)
            .Replace("\"Swift and Solomon\",4,8", "\"Swift and Solomon\",4,0", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text, source: "pritz.csv"),
            "pritz.csv:2: column 'xi' (study '1'): must not exceed the total in column 'ni' (17), got 18",
            "pritz.csv:4: column 'ni' (study '3'): must be ≥ 1 (a group needs participants), got 0");
    }
}
