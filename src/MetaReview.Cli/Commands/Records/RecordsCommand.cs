using System.CommandLine;

namespace MetaReview.Cli.Commands.Records;

/// <summary><c>metareview records import|duplicates|export</c>: the literature records of a review folder.</summary>
internal static class RecordsCommand
{
    public static Command Create(CliContext context) =>
        new("records", "Search results of a review folder: import exports, review duplicates, export records and the screening journal.")
        {
            ImportCommand.Create(context),
            DuplicatesCommand.Create(context),
            ExportCommand.Create(context),
        };
}
