using MetaReview.Review.RevMan;

namespace MetaReview.Cli.Commands.RevMan;

/// <summary>
/// Reads a RevMan file for the RevMan verbs: warnings go to standard error; any error (a file that cannot be read,
/// malformed XML, a value that is not a number) ends the command with exit code 2, every error listed with its
/// file:line:column, because a value left out would change what the verb produces.
/// </summary>
internal static class RevManInput
{
    public static RevManReadResult Read(CliContext context, string verb, string path)
    {
        var read = RevManReader.Read(path);
        foreach (var warning in read.Warnings)
        {
            context.Error.WriteLine(warning);
        }

        if (read.Review is not null && !read.HasErrors)
        {
            return read;
        }

        var errors = read.Errors.Select(e => e.ToString()).ToList();
        errors.Add($"metareview {verb}: {Count(errors.Count)} in '{path}'; nothing was done.");
        throw new CliInputException(string.Join(Environment.NewLine, errors));
    }

    private static string Count(int n) => n == 1 ? "1 error" : $"{n} errors";
}
