namespace MetaReview.Cli.Tests;

/// <summary>Runs the command line in memory and captures what it prints.</summary>
internal static class Cli
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        var exit = CliApp.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A data file copied next to the tests.</summary>
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Data", name);
}
