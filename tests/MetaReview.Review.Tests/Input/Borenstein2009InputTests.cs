using System.Globalization;
using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using static MetaReview.Review.Tests.Input.InputFiles;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// The I² example of Borenstein et al. (2009, Introduction to Meta-Analysis): six estimates with
/// their variances, given without study labels (docs/METHODS-REFERENCE.md §3).
/// </summary>
public class Borenstein2009InputTests
{
    private static readonly double[] Yi = [0.09452, 0.27736, 0.36654, 0.66438, 0.46181, 0.18516];

    private static readonly double[] Vi = [0.03295, 0.03070, 0.04988, 0.01051, 0.04266, 0.02342];

    private static string Csv(string header, Func<int, string>? second = null) =>
        header + "\n" + string.Join('\n', Yi.Select((y, i) => $"{y.ToString(CultureInfo.InvariantCulture)},{second?.Invoke(i) ?? Vi[i].ToString(CultureInfo.InvariantCulture)}"));

    [Fact]
    public void YiAndVi_WithoutLabels_AreNumberedStudies_WithAWarning()
    {
        var result = ReadCsvText(Csv("yi,vi"));

        var data = Succeeded(result);
        Assert.Equal(DataType.Generic, data.DataType);
        Assert.Equal(EffectMeasure.GEN, data.Measure);
        Assert.Equal(Yi.Select((y, i) => new StudyInput($"Study {i + 1}", new GenericData(y, Vi[i]))), data.Studies);
        Assert.Equal(
            "data.csv: no study label column (study, studlab, author, ...; see docs/input-format.md): the studies are labelled 'Study 1' to 'Study 6'",
            Warning(result, InputProblemCode.NoStudyColumn).ToString());
    }

    [Fact]
    public void MetasTeAndSeTe_AreEstimatesWithStandardErrors()
    {
        var data = Succeeded(ReadCsvText(Csv("TE,seTE", i => Math.Sqrt(Vi[i]).ToString("R", CultureInfo.InvariantCulture))));

        for (var i = 0; i < Yi.Length; i++)
        {
            var generic = Assert.IsType<GenericData>(data.Studies[i].Data);
            Assert.Equal(Yi[i], generic.Yi);
            MetaReview.Statistics.Tests.Tolerance.Relative(Vi[i], generic.Vi, 1e-15, $"vi[{i}]");
        }
    }

    [Fact]
    public void NegativeAndZeroVariances_AreErrors()
    {
        // The third variance corrupted to -0.04988, the fifth to 0.
        var text = Csv("yi,vi", i => i switch { 2 => "-0.04988", 4 => "0", _ => Vi[i].ToString(CultureInfo.InvariantCulture) });

        AssertProblems(ReadCsvText(text),
            "data.csv:4: column 'vi' (study 'Study 3'): must be > 0 (a variance cannot be negative), got -0.04988",
            "data.csv:6: column 'vi' (study 'Study 5'): must be > 0 (a variance of 0 would give the study infinite weight), got 0");
    }

    [Fact]
    public void StandardErrorsOfZeroOrBelow_AreErrors_AndOneThatSquaresToZero_TooSmallToUse()
    {
        // Standard errors √vi, the first corrupted to 0, the second to -0.1752, the third to 1e-200.
        var text = Csv("yi,sei", i => i switch
        {
            0 => "0",
            1 => "-0.1752",
            2 => "1e-200",
            _ => Math.Sqrt(Vi[i]).ToString("R", CultureInfo.InvariantCulture),
        });

        AssertProblems(ReadCsvText(text),
            "data.csv:2: column 'sei' (study 'Study 1'): must be > 0 (a standard error), got 0",
            "data.csv:3: column 'sei' (study 'Study 2'): must be > 0 (a standard error), got -0.1752",
            "data.csv:4: study 'Study 3': the values cannot be analysed: vi must be > 0, got 0");
    }

    [Fact]
    public void NotANumber_Infinity_AndMissingMarkers_AreReported()
    {
        // yi of studies 1, 2, 4 and 6 corrupted to NaN, Inf, NA and an empty cell.
        var lines = Csv("yi,vi").Split('\n');
        lines[1] = "NaN,0.03295";
        lines[2] = "-Inf,0.03070";
        lines[4] = "NA,0.01051";
        lines[6] = ",0.02342";

        AssertProblems(ReadCsvText(string.Join('\n', lines)),
            "data.csv:2: column 'yi' (study 'Study 1'): must be a finite number, got NaN",
            "data.csv:3: column 'yi' (study 'Study 2'): must be a finite number, got -Inf",
            "data.csv:5: column 'yi' (study 'Study 4'): a number is required, got NA (a missing value)",
            "data.csv:7: column 'yi' (study 'Study 6'): a number is required, but the cell is empty");
    }

    [Fact]
    public void AUnicodeMinusSign_IsReadAsAMinus()
    {
        // Values copied from a PDF carry U+2212; the third estimate written as "−0.36654" reads as -0.36654.
        var text = Csv("yi,vi").Replace("0.36654", "\u22120.36654", StringComparison.Ordinal);

        Assert.Equal(-0.36654, ((GenericData)Succeeded(ReadCsvText(text)).Studies[2].Data).Yi);
    }
}
