using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using static MetaReview.Review.Tests.Input.InputFiles;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// Conscientiousness and medication adherence (Molloy et al. 2014, Ann Behav Med 47:92): 16
/// correlations, as metadat's dat.molloy2014 exported by R's write.csv (metafor's ri and ni).
/// </summary>
public class Molloy2014InputTests
{
    [Fact]
    public void Dat_molloy2014_ReadsSixteenCorrelations_WithFisherZInferred()
    {
        var result = AnalysisDataReader.Read(Data("dat.molloy2014.csv"));

        var data = Succeeded(result);
        Assert.Equal(DataType.Correlation, data.DataType);
        Assert.Equal(16, data.K);
        Assert.Equal(EffectMeasure.ZCOR, data.Measure);
        Assert.Equal(new StudyInput("Axelsson et al. 2009", new CorrelationData(0.187, 109)), data.Studies[0]);
        Assert.Equal(new StudyInput("Moran et al. 1997", new CorrelationData(-0.09, 56)), data.Studies[10]);
        Assert.Equal(
            [
                "measure inferred from the columns: ZCOR (correlation (Fisher z)) for correlation data ('ri', 'ni'); other measures for these data: COR",
                "study labels are column 'authors' followed by column 'year'",
            ],
            result.Notes.ToArray());
        Assert.Equal(["year", "controls", "design", "a_measure", "c_measure", "meanage", "quality"], data.ExtraColumns.Select(c => c.Name));
    }

    [Fact]
    public void ACorrelationOfOneOrMore_IsAnError()
    {
        // Bruce et al. 2010's r corrupted from 0.34 to 1.34, Cohen et al. 2004's from 0 to -1.
        var text = File.ReadAllText(Data("dat.molloy2014.csv"))
            .Replace("2010,55,0.34,", "2010,55,1.34,", StringComparison.Ordinal)
            .Replace("2004,65,0,", "2004,65,-1,", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text, source: "molloy.csv"),
            "molloy.csv:4: column 'ri' (study 'Bruce et al. 2010'): must lie strictly between -1 and 1 (a correlation), got 1.34",
            "molloy.csv:7: column 'ri' (study 'Cohen et al. 2004'): must lie strictly between -1 and 1 (a correlation), got -1");
    }

    [Fact]
    public void FisherZ_NeedsFourParticipants_TheRawCorrelationTwo()
    {
        // Insel et al. 2006's n corrupted from 58 to 3.
        var text = File.ReadAllText(Data("dat.molloy2014.csv")).Replace("2006,58,", "2006,3,", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text, source: "molloy.csv"),
            "molloy.csv:10: column 'ni' (study 'Insel et al. 2006'): must be ≥ 4 (Fisher's z has variance 1/(n - 3)), got 3");
        Assert.True(ReadCsvText(text, new AnalysisDataReadOptions { Measure = EffectMeasure.COR }).Succeeded);
    }
}
