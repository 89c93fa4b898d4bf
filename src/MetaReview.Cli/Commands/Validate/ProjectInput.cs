using MetaReview.Review.Project;

namespace MetaReview.Cli.Commands.Validate;

/// <summary>
/// Loads a review project for a verb that works on one: when review.yaml has errors, every problem is listed as
/// <c>validate</c> lists them and the verb ends with exit code 2; warnings are left to <c>validate</c>.
/// </summary>
internal static class ProjectInput
{
    public static ReviewProject Load(string verb, string directory)
    {
        var result = ReviewProjectLoader.Load(directory);
        if (result.Project is { } project)
        {
            return project;
        }

        var lines = result.Problems.Select(p => ValidateCommand.Line(p, "error")).ToList();
        lines.Add($"metareview {verb}: '{directory}' is not a review project without errors ({result.Problems.Length} error{(result.Problems.Length == 1 ? "" : "s")}); nothing was done.");
        throw new CliInputException(string.Join(Environment.NewLine, lines));
    }
}
