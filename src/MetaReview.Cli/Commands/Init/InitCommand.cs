using System.CommandLine;
using MetaReview.Review.Project;

namespace MetaReview.Cli.Commands.Init;

/// <summary>
/// <c>metareview init DIR [--title T]</c>: starts a review project, writing a commented <c>review.yaml</c>
/// template (<see cref="ReviewScaffold"/>) into DIR, which is created if needed. An existing review file is never
/// overwritten: the command stops with exit code 2 and says so.
/// </summary>
internal static class InitCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The project folder (created if it does not exist)" };
        var title = new Option<string?>("--title", "-t") { Description = "The review's title (default: the folder's name)" };
        var command = new Command("init", "Start a review project: write a commented review.yaml template into a folder.") { directory, title };
        command.SetAction(parsed => Run(context, parsed.GetValue(directory)!, parsed.GetValue(title)));
        return command;
    }

    private static int Run(CliContext context, string directory, string? title)
    {
        var file = Path.Combine(directory, ReviewProjectLoader.FileName);
        if (File.Exists(file))
        {
            throw new CliInputException($"metareview init: '{file}' already exists; init never overwrites a review. Choose another folder, or check the existing one with 'metareview validate {directory}'.");
        }

        if (File.Exists(directory))
        {
            throw new CliInputException($"metareview init: '{directory}' is a file, not a folder.");
        }

        title = string.IsNullOrWhiteSpace(title) ? DefaultTitle(directory) : title;
        try
        {
            ReviewScaffold.Write(directory, title);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"metareview init: cannot write '{file}': {e.Message}", e);
        }

        context.Out.WriteLine($"Created {file} (\"{title.Trim()}\").");
        context.Out.WriteLine($"Next: fill it in (docs/review-file.md describes every key), then run 'metareview validate {directory}'.");
        return CliApp.Success;
    }

    /// <summary>The folder's own name ("my-review" for "work/my-review/"), which the author will replace.</summary>
    private static string DefaultTitle(string directory)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        return string.IsNullOrWhiteSpace(name) ? "Untitled review" : name;
    }
}
