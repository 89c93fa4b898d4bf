using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Tests;
using static MetaReview.Review.Tests.Input.InputFiles;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// Mental health treatment versus control (Fleiss 1993), five trials of a continuous outcome, as
/// RevMan 5 analyses them (MD, inverse variance, fixed effect; docs/METHODS-REFERENCE.md §3).
/// </summary>
public class Fleiss1993MentalHealthInputTests
{
    private const string RevManStyle = """
        Study or Subgroup,Experimental Mean,Experimental SD,Experimental Total,Control Mean,Control SD,Control Total,Year
        Davis,5,4.7,13,6.5,3.8,13,1973
        Florell,4.9,1.71,30,6.1,2.3,50,1971
        Gruen,22.5,3.44,35,24.9,10.65,35,1975
        Hart,12.5,1.47,20,12.3,1.66,20,1975
        Wilson,6.5,0.76,8,7.38,1.41,8,1977
        """;

    private const string MetaforStyle = """
        study,m1i,sd1i,n1i,m2i,sd2i,n2i
        Davis,5,4.7,13,6.5,3.8,13
        Florell,4.9,1.71,30,6.1,2.3,50
        Gruen,22.5,3.44,35,24.9,10.65,35
        Hart,12.5,1.47,20,12.3,1.66,20
        Wilson,6.5,0.76,8,7.38,1.41,8
        """;

    [Fact]
    public void RevManColumnNames_ReadAsContinuousData_WithMeanDifferenceInferred()
    {
        var result = ReadCsvText(RevManStyle);

        var data = Succeeded(result);
        Assert.Equal(DataType.Continuous, data.DataType);
        Assert.Equal(EffectMeasure.MD, data.Measure);
        Assert.Equal(new StudyInput("Florell", new ContinuousArms(4.9, 1.71, 30, 6.1, 2.3, 50)), data.Studies[1]);
        Assert.Equal(
            ["measure inferred from the columns: MD (mean difference) for continuous data ('Experimental Mean', 'Experimental SD', 'Experimental Total', 'Control Mean', 'Control SD', 'Control Total'); other measures for these data: SMD, ROM"],
            result.Notes.ToArray());
        string?[] years = ["1973", "1971", "1975", "1975", "1977"];
        Assert.Equal(years, data.FindExtraColumn("Year")!.Values.ToArray());
    }

    [Fact]
    public void MetaforColumnNames_ReadTheSameStudies()
    {
        var revMan = Succeeded(ReadCsvText(RevManStyle));
        var metafor = Succeeded(ReadCsvText(MetaforStyle));

        Assert.Equal(revMan.Studies.ToArray(), metafor.Studies.ToArray());
    }

    [Fact]
    public void TheStudiesRead_PoolToRevMansMeanDifference()
    {
        var data = Succeeded(ReadCsvText(RevManStyle));
        var effects = EffectSizeCalculator.Compute(data.Measure, data.Studies);

        var fit = InverseVariance.Fit([.. effects.Yi], [.. effects.Vi], new ModelOptions { Model = EffectModel.Fixed });

        Tolerance.Published(-0.70938839, fit.Estimate, 8, "MD");
        Tolerance.Published(5.66012379, fit.Q, 8, "Chi²");
    }

    [Fact]
    public void MeanDifferencesWithIntervals_FromTheRevManExport_GiveRevMansStandardErrors()
    {
        var lines = File.ReadAllLines(Data("revman5-fleiss1993-mental-health.csv")).Select(l => l.Split(','));
        var csv = string.Join('\n', lines.Select(f => string.Join(',', f[3], f[16], f[18], f[19])));

        var data = Succeeded(ReadCsvText(csv, new AnalysisDataReadOptions { Measure = EffectMeasure.MD }));

        Assert.Equal(new GenericData(-1.5, ((GenericData)data.Studies[0].Data).Vi), data.Studies[0].Data);
        Tolerance.Relative(1.67630546, Math.Sqrt(((GenericData)data.Studies[0].Data).Vi), 1e-6, "SE, Davis");
        Tolerance.Relative(0.45085474, Math.Sqrt(((GenericData)data.Studies[1].Data).Vi), 1e-6, "SE, Florell");
    }

    [Fact]
    public void BadStandardDeviationsAndSizes_AreErrors()
    {
        // Davis's experimental SD corrupted to -4.7, Florell's control SD to 0, Wilson's control size to 1.
        var text = MetaforStyle
            .Replace("Davis,5,4.7,", "Davis,5,-4.7,", StringComparison.Ordinal)
            .Replace("6.1,2.3,50", "6.1,0,50", StringComparison.Ordinal)
            .Replace("7.38,1.41,8", "7.38,1.41,1", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text, source: "mental.csv"),
            "mental.csv:2: column 'sd1i' (study 'Davis'): must be > 0 (a standard deviation), got -4.7",
            "mental.csv:3: column 'sd2i' (study 'Florell'): must be > 0 (a standard deviation), got 0",
            "mental.csv:6: column 'n2i' (study 'Wilson'): must be ≥ 2 (a standard deviation needs two participants), got 1");
    }

    [Fact]
    public void RatioOfMeans_NeedsMeansOfOneSign()
    {
        // Hart's experimental mean corrupted from 12.5 to -12.5.
        var text = MetaforStyle.Replace("Hart,12.5,", "Hart,-12.5,", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text, new AnalysisDataReadOptions { Measure = EffectMeasure.ROM }),
            "data.csv:5: column 'm1i' (study 'Hart'): the ratio of means (ROM) needs two non-zero means of one sign, got -12.5 and 12.3 (column 'm2i')");
        Assert.True(ReadCsvText(text, new AnalysisDataReadOptions { Measure = EffectMeasure.MD }).Succeeded);
    }
}
