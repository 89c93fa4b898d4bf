using Spectre.Console;

namespace MetaReview.Cli;

/// <summary>
/// A progress bar on standard error for long work (batches, GOSH, permutations), shown only when standard
/// error is an interactive terminal; otherwise the work runs silently.
/// </summary>
internal static class ProgressDisplay
{
    public static T Run<T>(CliContext context, string description, Func<IProgress<double>?, T> work)
    {
        if (!context.ErrorIsTerminal)
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(description, maxValue: 1.0);
                return work(new Progress(task));
            });
    }

    private sealed class Progress(ProgressTask task) : IProgress<double>
    {
        public void Report(double value) => task.Value = Math.Clamp(value, 0, 1);
    }
}
