using System.CommandLine;
using System.Globalization;
using MetaReview.Review.Project;

namespace MetaReview.Cli.Commands.Validate;

/// <summary>
/// <c>metareview validate DIR [--strict]</c>: loads a review project (<see cref="ReviewProjectLoader"/>) and prints
/// every problem and warning, one per line as <c>file:line:column: severity: message (suggestion)</c>, then a
/// one-line summary. Exit code 2 when there is any error (or, with <c>--strict</c>, any warning), else 0.
/// </summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The project folder (the one holding review.yaml)" };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors (exit code 2 when there are any)" };
        var command = new Command("validate", "Check a review project's review.yaml: every problem with its line and column.") { directory, strict };
        command.SetAction(parsed => Run(context, parsed.GetValue(directory)!, parsed.GetValue(strict)));
        return command;
    }

    private static int Run(CliContext context, string directory, bool strict)
    {
        var result = ReviewProjectLoader.Load(directory);
        var problems = result.Problems.Select(p => (Problem: p, Severity: "error"))
            .Concat(result.Warnings.Select(w => (Problem: w, Severity: "warning")))
            .OrderBy(p => p.Problem.Location.File, StringComparer.Ordinal)
            .ThenBy(p => p.Problem.Location.Line)
            .ThenBy(p => p.Problem.Location.Column);
        foreach (var (problem, severity) in problems)
        {
            context.Out.WriteLine(Line(problem, severity));
        }

        context.Out.WriteLine(Summary(result));
        return result.Problems.Length > 0 || (strict && result.Warnings.Length > 0) ? CliApp.InputError : CliApp.Success;
    }

    /// <summary>"review.yaml:12:5: error: message (suggestion)".</summary>
    internal static string Line(ReviewProblem problem, string severity) =>
        problem.Suggestion is null
            ? $"{problem.Location}: {severity}: {problem.Message}"
            : $"{problem.Location}: {severity}: {problem.Message} ({problem.Suggestion})";

    private static string Summary(ReviewLoadResult result)
    {
        var errors = Count(result.Problems.Length, "error");
        var warnings = Count(result.Warnings.Length, "warning");
        if (result.Project is not { } p)
        {
            return $"{errors}, {warnings}: the review cannot be used until the errors are fixed.";
        }

        var studies = p.Studies.Length;
        var included = p.IncludedStudies.Count();
        var awaiting = p.StudiesAwaitingData.Count();
        var excluded = p.ExcludedStudies.Count();
        var rows = p.Outcomes.Sum(o => o.Data.Length);
        var missing = p.Outcomes.Sum(o => o.Missing.Length);
        return string.Create(CultureInfo.InvariantCulture,
            $"{p.Title}: {Count(studies, "study", "studies")} ({included} included, {awaiting} awaiting data, {excluded} excluded), {Count(p.Outcomes.Length, "outcome")}, {Count(rows, "data row")} ({missing} missing); {errors}, {warnings}.");
    }

    private static string Count(int n, string one, string? many = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? one : many ?? one + "s")}");
}
