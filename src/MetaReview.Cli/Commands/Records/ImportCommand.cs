using System.CommandLine;
using System.Globalization;
using MetaReview.Records;
using MetaReview.Records.Screening;

namespace MetaReview.Cli.Commands.Records;

/// <summary>
/// <c>metareview records import DIR FILE... [--database NAME] [--register] [--format F] [--strict]</c>: copies
/// search exports into the review folder and records them in its manifest (all files or none), then reports
/// what each gave: read = imported + skipped, with every skipped record's place.
/// </summary>
internal static class ImportCommand
{
    private static readonly string[] Formats = [.. Enum.GetNames<RecordFormat>().Select(n => n.ToLowerInvariant())];

    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The review folder (created if needed)" };
        var files = new Argument<string[]>("FILE") { Description = "Search exports: RIS, MEDLINE/nbib, Ovid, Web of Science, Scopus CSV, EndNote XML, BibTeX, CSV, XLSX", Arity = ArgumentArity.OneOrMore };
        var database = new Option<string?>("--database", "-d") { Description = "The database the files come from (PRISMA counts records per database), e.g. PubMed" };
        var register = new Option<bool>("--register") { Description = "The files come from a trial register (ClinicalTrials.gov, ICTRP), not a bibliographic database" };
        var format = new Option<string?>("--format") { Description = "Read the files as this format instead of detecting it: " + string.Join(", ", Formats) };
        format.AcceptOnlyFromAmong(Formats);
        var strict = new Option<bool>("--strict") { Description = "Refuse a file with any malformed record, instead of skipping the record" };
        var command = new Command("import", "Copy search exports into a review folder and add them to its manifest.") { directory, files, database, register, format, strict };
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(directory)!;
            var options = new ImportOptions
            {
                Database = parsed.GetValue(database),
                Format = parsed.GetValue(format) is { } f ? Enum.Parse<RecordFormat>(f, ignoreCase: true) : null,
                Strict = parsed.GetValue(strict),
            };
            var source = parsed.GetValue(register) ? SourceKind.Register : SourceKind.Database;
            if (!Directory.Exists(dir) && File.Exists(dir))
            {
                throw new CliInputException($"metareview records import: '{dir}' is a file; the first argument is the review folder, then the export files.");
            }

            var result = ReviewImporter.Import(new ReviewFolder(dir), parsed.GetValue(files)!, options, source, DateTimeOffset.UtcNow);
            return Report(context, dir, result);
        });
        return command;
    }

    private static int Report(CliContext context, string directory, FolderImportResult result)
    {
        var o = context.Out;
        foreach (var file in result.Files)
        {
            if (file.Result is { } import)
            {
                foreach (var problem in import.Problems)
                {
                    context.Error.WriteLine(problem.ToString());
                }
            }

            if (file.Refusal is not null)
            {
                context.Error.WriteLine(file.Refusal);
                continue;
            }

            var entry = file.Entry!;
            var databases = string.Join(", ", entry.ByDatabase.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:N0}")));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file.Path}: {entry.Format} as '{entry.File}': read {entry.Read:N0} = imported {entry.Imported:N0} + skipped {entry.Skipped:N0} ({databases})"));
        }

        if (!result.Committed)
        {
            var refused = result.Files.Count(f => f.Refusal is not null);
            throw new CliInputException($"metareview records import: {refused} of {result.Files.Length} file(s) refused; nothing was imported into '{directory}' (fix or leave out the file(s) above and run the command again).");
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Imported {result.Files.Length} file(s) into {directory}: read {result.Read:N0} = imported {result.Imported:N0} + skipped {result.Skipped:N0}."));
        o.WriteLine($"Next: 'metareview records duplicates {directory}' to see the duplicates, then 'metareview screen {directory} --reviewer NAME'.");
        return CliApp.Success;
    }
}
