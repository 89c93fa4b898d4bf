using System.CommandLine;
using MetaReview.Cli.Commands;

namespace MetaReview.Cli;

/// <summary>
/// The `metareview` command line: builds the verbs, parses, and maps failures to exit codes —
/// 0 success, 2 bad input (usage, files, data), 1 anything else — without ever printing a stack trace.
/// Runs in memory for tests: all output goes to the given writers.
/// </summary>
public static class CliApp
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for failures that are not the user's input.</summary>
    public const int Failure = 1;

    /// <summary>Exit code for bad input: usage, missing files, invalid data.</summary>
    public const int InputError = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("MetaReview: systematic reviews and meta-analysis, from search results to report.");
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Add(command);
        }

        ParseResult parsed;
        try
        {
            parsed = root.Parse(args);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"metareview: {e.Message}");
            return InputError;
        }

        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"metareview: {error.Message}");
            }

            stderr.WriteLine("Run 'metareview --help' for usage.");
            return InputError;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException e)
        {
            stderr.WriteLine(e.Message);
            return InputError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"metareview: internal error: {e.Message}");
            if (Environment.GetEnvironmentVariable("METAREVIEW_DEBUG") == "1")
            {
                stderr.WriteLine(e);
            }
            else
            {
                stderr.WriteLine("Please report this at https://github.com/metareview/metareview/issues (set METAREVIEW_DEBUG=1 for details).");
            }

            return Failure;
        }
    }
}
