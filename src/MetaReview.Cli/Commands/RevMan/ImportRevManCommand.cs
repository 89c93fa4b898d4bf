using System.CommandLine;
using MetaReview.Review.Project;
using MetaReview.Review.RevMan;
using MetaReview.Review.RevMan.Conversion;

namespace MetaReview.Cli.Commands.RevMan;

/// <summary>
/// <c>metareview import revman FILE -o DIR [--design D] [--title T]</c>: converts a RevMan file (.rm5, RevMan 5 CSV
/// export or Cochrane data package) into a review project (<see cref="RevManProjectConverter"/>): DIR/review.yaml,
/// RevMan's stored results in DIR/revman-results.json and DIR/revman-import-notes.md with everything the review file
/// cannot express. Prints what was imported and every note, then loads the project and re-checks it against RevMan's
/// results. Exit code 0 when the project loads and agrees with RevMan, 1 when it does not, 2 for unreadable input or
/// an existing review.yaml (never overwritten).
/// </summary>
internal static class ImportRevManCommand
{
    private static readonly (string Name, StudyDesign Design)[] Designs =
    [
        ("rct", StudyDesign.Rct), ("cluster-rct", StudyDesign.ClusterRct), ("crossover-rct", StudyDesign.CrossoverRct),
        ("non-randomised", StudyDesign.NonRandomised), ("cohort", StudyDesign.Cohort), ("case-control", StudyDesign.CaseControl), ("other", StudyDesign.Other),
    ];

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A RevMan 5 review (.rm5), RevMan 5 'Data and analyses' CSV export, or Cochrane data package (.zip)" };
        var output = new Option<string>("--output", "-o") { Description = "The project folder to create (must not hold a review.yaml)", Required = true };
        var design = new Option<string>("--design") { Description = "Design of every study, which RevMan does not record: rct, cluster-rct, crossover-rct, non-randomised, cohort, case-control, other", DefaultValueFactory = _ => "other" };
        design.AcceptOnlyFromAmong([.. Designs.Select(d => d.Name)]);
        var title = new Option<string?>("--title") { Description = "The review's title (default: RevMan's)" };
        var revman = new Command("revman", "Convert a RevMan file into a review project (review.yaml, RevMan's results and notes on what could not be imported).") { file, output, design, title };
        revman.SetAction(parsed => Run(context, parsed.GetValue(file)!, parsed.GetValue(output)!, Designs.First(d => d.Name == parsed.GetValue(design)).Design, parsed.GetValue(title)));
        return new Command("import", "Import a review from another program.") { revman };
    }

    private static int Run(CliContext context, string path, string directory, StudyDesign design, string? title)
    {
        var review = Path.Combine(directory, ReviewProjectLoader.FileName);
        if (File.Exists(review))
        {
            throw new CliInputException($"metareview import revman: '{review}' already exists; an import never overwrites a review. Choose another folder with -o.");
        }

        var read = RevManInput.Read(context, "import revman", path);
        var conversion = RevManProjectConverter.Convert(read, new RevManConversionOptions { Design = design, Title = string.IsNullOrWhiteSpace(title) ? null : title.Trim() });
        try
        {
            conversion.WriteTo(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"metareview import revman: cannot write the project to '{directory}': {e.Message}", e);
        }

        var o = context.Out;
        o.WriteLine($"Imported {Path.GetFileName(path)} into {review}: {RevManProjectConverter.Summary(conversion)}.");
        o.WriteLine($"RevMan's results: {Path.Combine(directory, RevManResultsFile.FileName)}; notes: {Path.Combine(directory, RevManConversion.NotesFileName)}.");
        Notes(context, conversion, RevManNoteKind.NotImported, "Not imported (kept in the notes file)");
        Notes(context, conversion, RevManNoteKind.Assumption, "Assumed (check these)");
        return Verify(context, directory, conversion);
    }

    private static void Notes(CliContext context, RevManConversion conversion, RevManNoteKind kind, string heading)
    {
        var notes = conversion.NotesOf(kind).ToList();
        if (notes.Count == 0)
        {
            return;
        }

        context.Out.WriteLine();
        context.Out.WriteLine($"{heading}, {notes.Count}:");
        foreach (var n in notes)
        {
            context.Out.WriteLine($"  {n.Place}: {n.Message.Replace("\n", " ", StringComparison.Ordinal)}");
        }
    }

    /// <summary>Loads the written project and re-checks it against RevMan's results: the import's own proof.</summary>
    private static int Verify(CliContext context, string directory, RevManConversion conversion)
    {
        context.Out.WriteLine();
        var load = ReviewProjectLoader.Load(directory);
        if (load.Project is not { } project)
        {
            foreach (var p in load.Problems)
            {
                context.Error.WriteLine(Validate.ValidateCommand.Line(p, "error"));
            }

            context.Error.WriteLine($"metareview import revman: the written review.yaml does not load ({load.Problems.Length} errors); please report this with the RevMan file.");
            return CliApp.Failure;
        }

        var report = RevManProjectCheck.Run(project, conversion.StoredResults);
        context.Out.WriteLine($"The project loads ({load.Warnings.Length} warning{(load.Warnings.Length == 1 ? "" : "s")}; 'metareview validate {directory}' lists them). Against RevMan's results: {report.Passed} pass, {report.Failed} fail, {report.NotStored} without stored results, {report.Skipped} skipped.");
        if (report.Agrees)
        {
            return CliApp.Success;
        }

        context.Error.WriteLine($"metareview import revman: the project does not reproduce RevMan's results in {string.Join(", ", report.Rows.Where(r => r.Status == RevManCheckStatus.Fail).Select(r => r.Label))}; 'metareview check revman {directory}' shows the values.");
        return CliApp.Failure;
    }
}
