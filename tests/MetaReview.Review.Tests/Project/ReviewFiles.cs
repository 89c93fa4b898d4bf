using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>Review files for tests: text parsed in memory as "review.yaml", or written to a fresh folder and loaded.</summary>
internal static class ReviewFiles
{
    /// <summary>Parses the text as the file "review.yaml" of a fresh, empty folder.</summary>
    public static ReviewLoadResult Parse(string yaml) => ReviewProjectLoader.Parse(yaml, "review.yaml", NewFolder());

    /// <summary>Parses and asserts there are no problems; returns the project.</summary>
    public static ReviewProject Valid(string yaml)
    {
        var result = Parse(yaml);
        Assert.True(result.Succeeded, "unexpected problems:\n" + string.Join("\n", result.Problems));
        return result.Project!;
    }

    /// <summary>The single problem of the text, with its location and message as one line.</summary>
    public static ReviewProblem SingleProblem(string yaml)
    {
        var result = Parse(yaml);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Problems);
    }

    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "metareview-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
