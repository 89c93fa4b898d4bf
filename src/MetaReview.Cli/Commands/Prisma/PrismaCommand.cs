using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MetaReview.Cli.Commands.Records;
using MetaReview.Records.Prisma;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Plots.Prisma;

namespace MetaReview.Cli.Commands.Prisma;

/// <summary>
/// <c>metareview prisma DIR [-o FILE.svg|.pdf|.png|.json] [--json]</c>: every PRISMA 2020 count of a review
/// folder, derived from its imports, de-duplication and screening journal; printed as text (or JSON), or
/// drawn as the PRISMA 2020 flow diagram. Work still waiting (records not screened, conflicts) is reported
/// on standard error, and the diagram counts only final outcomes.
/// </summary>
internal static class PrismaCommand
{
    public static Command Create(CliContext context)
    {
        var directory = new Argument<string>("DIR") { Description = "The review folder" };
        var output = new Option<string?>("--output", "-o") { Description = "Draw the flow diagram to FILE.svg, FILE.pdf or FILE.png, or write FILE.json" };
        var json = new Option<bool>("--json") { Description = "Print the counts as JSON" };
        var command = new Command("prisma", "PRISMA 2020 counts and flow diagram of a review folder, from its imports, de-duplication and screening.") { directory, output, json };
        command.SetAction(parsed =>
        {
            var dir = parsed.GetValue(directory)!;
            var path = parsed.GetValue(output);
            var extension = path is null ? null : Path.GetExtension(path).ToLowerInvariant();
            if (extension is not (null or ".svg" or ".pdf" or ".png" or ".json"))
            {
                throw new CliInputException($"metareview prisma: cannot tell the format of '{path}' from its extension; use .svg, .pdf, .png or .json.");
            }

            var project = FolderInput.Load(context, dir, "prisma", requireImports: false);
            var state = project.Screening(FolderInput.Rules(project, "prisma"));
            var counts = PrismaCountsBuilder.Build(project, state, FolderInput.Criteria(context, dir));
            foreach (var note in counts.Notes)
            {
                context.Error.WriteLine($"note: {note}");
            }

            if (parsed.GetValue(json) || extension == ".json")
            {
                OutputTarget.Write(context, path, stream => WriteJson(stream, counts));
                return CliApp.Success;
            }

            if (path is null)
            {
                OutputTarget.WriteText(context, null, w => WriteText(w, counts));
                return CliApp.Success;
            }

            ISceneRenderer renderer = extension switch
            {
                ".pdf" => new PdfRenderer(),
                ".png" => new PngRenderer(),
                _ => new SvgRenderer(),
            };
            var scene = PrismaFlowDiagram.Create(PrismaDiagramCounts.From(counts), new PrismaOptions { Footnote = PrismaFlowDiagram.TemplateCitation });
            try
            {
                OutputTarget.Write(context, path, stream => renderer.Write(scene, stream));
            }
            catch (RendererUnavailableException e)
            {
                context.Error.WriteLine($"metareview prisma: {path} not written: {e.Message}");
                return CliApp.Failure;
            }

            context.Error.WriteLine($"Wrote {path}.");
            return CliApp.Success;
        });
        return command;
    }

    private static void WriteText(TextWriter o, PrismaFlowCounts c)
    {
        var n = CultureInfo.InvariantCulture;
        o.WriteLine("Identification");
        foreach (var s in c.Databases)
        {
            o.WriteLine(string.Create(n, $"  Records from {s.Name}: {s.Count:N0}"));
        }

        foreach (var s in c.Registers)
        {
            o.WriteLine(string.Create(n, $"  Records from register {s.Name}: {s.Count:N0}"));
        }

        o.WriteLine(string.Create(n, $"  Records identified: {c.RecordsIdentified:N0}"));
        o.WriteLine(string.Create(n, $"  Duplicate records removed: {c.DuplicatesRemoved:N0}"));
        o.WriteLine("Screening");
        o.WriteLine(string.Create(n, $"  Records screened: {c.RecordsScreened:N0} of {c.RecordsAfterDuplicatesRemoved:N0}"));
        o.WriteLine(string.Create(n, $"  Records excluded: {c.RecordsExcluded:N0}"));
        o.WriteLine(string.Create(n, $"  Reports sought for retrieval: {c.ReportsSought:N0}"));
        o.WriteLine(string.Create(n, $"  Reports not retrieved: {c.ReportsNotRetrieved:N0}"));
        o.WriteLine(string.Create(n, $"  Reports assessed for eligibility: {c.ReportsAssessed:N0}"));
        o.WriteLine(string.Create(n, $"  Reports excluded: {c.ReportsExcluded.Sum(r => r.Count):N0}"));
        foreach (var r in c.ReportsExcluded)
        {
            o.WriteLine(string.Create(n, $"    {r.Reason}: {r.Count:N0}"));
        }

        o.WriteLine("Included");
        o.WriteLine(string.Create(n, $"  Studies included in review: {c.StudiesIncluded:N0}"));
        o.WriteLine(string.Create(n, $"  Reports of included studies: {c.ReportsOfIncludedStudies:N0}"));
        if (!c.IsComplete)
        {
            o.WriteLine("Still waiting");
            o.WriteLine(string.Create(n, $"  Records not yet screened (or awaiting a second reviewer): {c.RecordsAwaitingScreening:N0}"));
            o.WriteLine(string.Create(n, $"  Records in conflict: {c.RecordsInConflict:N0}"));
            o.WriteLine(string.Create(n, $"  Reports not yet assessed (or awaiting a second reviewer): {c.ReportsAwaitingAssessment:N0}"));
            o.WriteLine(string.Create(n, $"  Reports in conflict: {c.ReportsInConflict:N0}"));
            o.WriteLine(string.Create(n, $"  Reports awaiting classification (maybe): {c.ReportsAwaitingClassification:N0}"));
        }
    }

    private static void WriteJson(Stream stream, PrismaFlowCounts c)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        Sources(json, "databases", c.Databases);
        Sources(json, "registers", c.Registers);
        json.WriteNumber("records_identified", c.RecordsIdentified);
        json.WriteNumber("duplicates_removed", c.DuplicatesRemoved);
        json.WriteNumber("records_after_duplicates_removed", c.RecordsAfterDuplicatesRemoved);
        json.WriteNumber("records_screened", c.RecordsScreened);
        json.WriteNumber("records_excluded", c.RecordsExcluded);
        json.WriteNumber("reports_sought", c.ReportsSought);
        json.WriteNumber("reports_not_retrieved", c.ReportsNotRetrieved);
        json.WriteNumber("reports_assessed", c.ReportsAssessed);
        json.WriteStartArray("reports_excluded");
        foreach (var r in c.ReportsExcluded)
        {
            json.WriteStartObject();
            if (r.Id is null)
            {
                json.WriteNull("id");
            }
            else
            {
                json.WriteString("id", r.Id);
            }

            json.WriteString("reason", r.Reason);
            json.WriteNumber("count", r.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("reports_of_included_studies", c.ReportsOfIncludedStudies);
        json.WriteNumber("studies_included", c.StudiesIncluded);
        json.WriteBoolean("complete", c.IsComplete);
        json.WriteNumber("records_awaiting_screening", c.RecordsAwaitingScreening);
        json.WriteNumber("records_in_conflict", c.RecordsInConflict);
        json.WriteNumber("reports_awaiting_assessment", c.ReportsAwaitingAssessment);
        json.WriteNumber("reports_in_conflict", c.ReportsInConflict);
        json.WriteNumber("reports_awaiting_classification", c.ReportsAwaitingClassification);
        json.WriteStartArray("notes");
        foreach (var note in c.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void Sources(Utf8JsonWriter json, string name, IEnumerable<PrismaSource> sources)
    {
        json.WriteStartArray(name);
        foreach (var s in sources)
        {
            json.WriteStartObject();
            json.WriteString("name", s.Name);
            json.WriteNumber("count", s.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
