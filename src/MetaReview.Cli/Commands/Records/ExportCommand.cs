using System.CommandLine;
using System.Globalization;
using MetaReview.Records.Screening;

namespace MetaReview.Cli.Commands.Records;

/// <summary>
/// <c>metareview records export DIR --included [--stage S] [--format ris|csv] [-o FILE]</c>: the records
/// screening included (at full text by default), for a reference manager or a spreadsheet;
/// <c>--journal</c>: the screening journal as CSV, every entry in the order written, for an audit.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The review folder" };
        var included = new Option<bool>("--included") { Description = "Export the included records" };
        var journal = new Option<bool>("--journal") { Description = "Export the screening journal as CSV (for an audit)" };
        var stage = new Option<string>("--stage") { Description = "With --included: full-text (final inclusions, the default) or title-abstract (records that passed to full text)", DefaultValueFactory = _ => "full-text" };
        stage.AcceptOnlyFromAmong("full-text", "title-abstract");
        var format = new Option<string>("--format", "-f") { Description = "With --included: ris or csv", DefaultValueFactory = _ => "ris" };
        format.AcceptOnlyFromAmong("ris", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export the included records (RIS or CSV) or the screening journal (CSV).") { directory, included, journal, stage, format, output };
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(directory)!;
            var (wantIncluded, wantJournal) = (parsed.GetValue(included), parsed.GetValue(journal));
            if (wantIncluded == wantJournal)
            {
                throw new CliInputException("metareview records export: give either --included (the included records) or --journal (the screening journal).");
            }

            var project = FolderInput.Load(context, dir, "records export");
            var state = project.Screening(FolderInput.Rules(project, "records export"));
            if (wantJournal)
            {
                var criteria = FolderInput.Criteria(context, dir);
                OutputTarget.WriteText(context, parsed.GetValue(output), w => JournalExport.WriteCsv(w, state, project.Journal.Entries, criteria));
                return CliApp.Success;
            }

            var atStage = ScreeningNames.Stage(parsed.GetValue(stage))!.Value;
            var records = state.Included(atStage).ToList();
            if (parsed.GetValue(format) == "csv")
            {
                OutputTarget.WriteText(context, parsed.GetValue(output), w => RecordExport.WriteCsv(w, records, r => state.Status(r.Index, atStage).Study));
            }
            else
            {
                OutputTarget.WriteText(context, parsed.GetValue(output), w => RecordExport.WriteRis(w, records));
            }

            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{records.Count:N0} record(s) included at {ScreeningNames.Of(atStage)}."));
            return CliApp.Success;
        });
        return command;
    }
}
