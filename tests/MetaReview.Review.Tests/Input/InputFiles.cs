using System.Text;
using MetaReview.Review.Input;

namespace MetaReview.Review.Tests.Input;

/// <summary>Where the test data live, and short ways to read CSV text and to find one problem.</summary>
internal static class InputFiles
{
    /// <summary>A file of tests/MetaReview.Review.Tests/Data (copied beside the test assembly).</summary>
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);

    /// <summary>Reads CSV text as UTF-8; messages name the file <paramref name="source"/>.</summary>
    public static AnalysisDataReadResult ReadCsvText(string text, AnalysisDataReadOptions? options = null, string source = "data.csv") =>
        AnalysisDataReader.ReadCsv(Encoding.UTF8.GetBytes(text), source, options);

    /// <summary>The one error with this code (fails when there is none or several).</summary>
    public static InputProblem Error(AnalysisDataReadResult result, InputProblemCode code) =>
        Assert.Single(result.Problems, p => p.Code == code);

    /// <summary>The one warning with this code.</summary>
    public static InputProblem Warning(AnalysisDataReadResult result, InputProblemCode code) =>
        Assert.Single(result.Warnings, p => p.Code == code);

    /// <summary>Asserts the read failed with exactly these problems, as one-line messages, in order.</summary>
    public static void AssertProblems(AnalysisDataReadResult result, params string[] expected)
    {
        Assert.Null(result.Dataset);
        Assert.Equal(expected, result.Problems.Select(p => p.ToString()));
    }

    /// <summary>Asserts the read succeeded and returns the dataset.</summary>
    public static AnalysisDataset Succeeded(AnalysisDataReadResult result)
    {
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        return result.Dataset!;
    }
}
