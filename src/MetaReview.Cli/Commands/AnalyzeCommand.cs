using System.CommandLine;
using System.Text.Json;
using MetaReview.Cli.Commands.Analyze;
using MetaReview.Reporting.Results;
using MetaReview.Review.Input;
using MetaReview.Statistics.Analysis;

namespace MetaReview.Cli.Commands;

/// <summary>
/// <c>metareview analyze DATA.csv|DATA.xlsx [options]</c>: pools a study-level data file and prints the
/// result as text, JSON or CSV; <c>--subgroup COLUMN</c> and <c>--mods FORMULA</c> add a subgroup analysis and a
/// meta-regression on the file's study-level columns; <c>--leave-one-out</c>, <c>--cumulative</c>, <c>--influence</c>,
/// <c>--baujat</c>, <c>--gosh</c>, <c>--restrict</c> add sensitivity analyses and <c>--bias</c> the small-study tests;
/// <c>--batch FILE.jsonl</c> runs one analysis per line on all cores.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create(CliContext context)
    {
        var data = new Argument<string?>("DATA") { Description = "CSV or XLSX file with one row per study", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json or csv", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write the result to this file instead of standard output" };
        var sheet = new Option<string?>("--sheet") { Description = "Worksheet to read from an XLSX file (default: the first)" };
        var batch = new Option<string?>("--batch") { Description = "Run one analysis per line of a JSON Lines file; writes one JSON result per line" };
        var analysis = new AnalysisOptionSet();
        var moderators = new ModeratorOptionSet();
        var sensitivity = new SensitivityOptionSet();

        var command = new Command("analyze", "Meta-analysis of a study-level data file (CSV or XLSX), with subgroups, meta-regression, sensitivity analyses and small-study tests.") { data, format, output, sheet, batch };
        analysis.AddTo(command);
        moderators.AddTo(command);
        sensitivity.AddTo(command);
        command.SetAction(parsed =>
        {
            var settings = analysis.Parse(parsed);
            var sensitivityRequest = sensitivity.Parse(parsed);
            var request = moderators.Parse(parsed, seedUsedElsewhere: sensitivityRequest.GoshFile is not null);
            var batchPath = parsed.GetValue(batch);
            if (batchPath is not null)
            {
                if (!request.IsEmpty)
                {
                    throw new CliInputException("metareview: --subgroup and --mods work on a data file, not with --batch.");
                }

                if (!sensitivityRequest.IsEmpty)
                {
                    throw new CliInputException($"metareview: {string.Join(", ", sensitivityRequest.Options())}: the sensitivity analyses and small-study tests work on a data file, not with --batch.");
                }

                return BatchRunner.Run(context, batchPath, parsed.GetValue(output), analysis.Values(parsed));
            }

            var formatName = parsed.GetValue(format)!;
            if (formatName == "csv")
            {
                CheckOneCsvTable(request, sensitivityRequest);
            }

            var path = parsed.GetValue(data) ?? throw new CliInputException("metareview analyze: give a data file (CSV or XLSX), or --batch FILE.jsonl.");
            var dataset = ReadDataset(context, path, settings, parsed.GetValue(sheet));
            var result = Run(dataset, settings);
            var analysed = request.IsEmpty ? new AnalysisOutput(result) : ModeratorAnalyses.Run(context, dataset, result, request);
            if (!sensitivityRequest.IsEmpty)
            {
                SensitivityAnalyses.RequireInverseVariance(result.Options, sensitivityRequest);
                if (sensitivityRequest.HasSensitivity)
                {
                    analysed = analysed with { Sensitivity = SensitivityAnalyses.Run(context, dataset, result, sensitivityRequest, request.Seed) };
                }

                if (sensitivityRequest.Bias)
                {
                    analysed = analysed with { SmallStudy = SmallStudyAnalyses.Run(dataset, result, sensitivityRequest) };
                }
            }
            Write(context, analysed, formatName, parsed.GetValue(output));
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Reads and validates the data file; every problem is reported, and any error ends the command with exit code 2.</summary>
    internal static AnalysisDataset ReadDataset(CliContext context, string path, AnalysisSettings settings, string? sheet)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"metareview: data file '{path}' not found.");
        }

        var read = AnalysisDataReader.Read(path, new AnalysisDataReadOptions
        {
            Measure = settings.Measure,
            Sheet = sheet,
        });
        foreach (var warning in read.Warnings)
        {
            context.Error.WriteLine($"warning: {warning}");
        }

        if (read.Dataset is null)
        {
            var lines = read.Problems.Select(p => p.ToString()).ToList();
            lines.Add($"{read.Problems.Length} problem{(read.Problems.Length == 1 ? "" : "s")} in '{path}'; nothing was analysed.");
            throw new CliInputException(string.Join(Environment.NewLine, lines));
        }

        foreach (var note in read.Notes)
        {
            context.Error.WriteLine($"note: {note}");
        }

        return read.Dataset;
    }

    /// <summary>Resolves the settings for the dataset's measure and runs the analysis.</summary>
    internal static AnalysisResult Run(AnalysisDataset dataset, AnalysisSettings settings)
    {
        try
        {
            return MetaAnalysis.Run(dataset.Studies, settings.Resolve(dataset.Measure));
        }
        catch (AnalysisException e)
        {
            throw new CliInputException($"metareview: {e.Message}", e);
        }
    }

    /// <summary>
    /// CSV holds one table: refuses two tables (e.g. --subgroup with --leave-one-out) and results that have no table
    /// (--bias, --restrict), naming the options and the formats that hold them.
    /// </summary>
    private static void CheckOneCsvTable(ModeratorRequest request, SensitivityRequest sensitivity)
    {
        var tables = new List<string>();
        tables.AddRange(new[] { (request.Subgroup is not null, "--subgroup"), (request.Formula is not null, "--mods"), (sensitivity.LeaveOneOut, "--leave-one-out"),
            (sensitivity.Cumulative, "--cumulative"), (sensitivity.Influence, "--influence"), (sensitivity.Baujat, "--baujat") }.Where(t => t.Item1).Select(t => t.Item2));
        if (tables.Count > 1)
        {
            throw new CliInputException($"metareview: CSV output holds one table; {string.Join(", ", tables)} give {tables.Count}: give one of them, or use --format json or text for all.");
        }

        var noTable = new[] { (sensitivity.Bias, "--bias"), (sensitivity.Restrict is not null, "--restrict") }.Where(t => t.Item1).Select(t => t.Item2).ToList();
        if (noTable.Count > 0)
        {
            throw new CliInputException($"metareview: {string.Join(" and ", noTable)} {(noTable.Count == 1 ? "has" : "have")} no per-study table for CSV output: use --format json or text.");
        }
    }

    /// <summary>
    /// Writes the result: JSON and text hold everything; CSV holds one table: the subgroups (--subgroup), the
    /// coefficients (--mods), a per-study sensitivity table, or the studies with the pooled row.
    /// </summary>
    private static void Write(CliContext context, AnalysisOutput result, string format, string? output)
    {
        switch (format)
        {
            case "json":
                OutputTarget.Write(context, output, stream =>
                {
                    using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
                    AnalysisJsonWriter.Write(json, result);
                    json.Flush();
                    stream.WriteByte((byte)'\n');
                });
                break;
            case "csv" when result.Subgroups is { } subgroups:
                OutputTarget.WriteText(context, output, w => SubgroupCsvWriter.Write(w, subgroups));
                break;
            case "csv" when result.MetaRegression is { } metareg:
                OutputTarget.WriteText(context, output, w => MetaRegressionCsvWriter.Write(w, metareg));
                break;
            case "csv" when result.Sensitivity is { TableCount: 1 } sensitivity:
                OutputTarget.WriteText(context, output, w => SensitivityCsvWriter.Write(w, sensitivity));
                break;
            case "csv":
                OutputTarget.WriteText(context, output, w => AnalysisCsvWriter.Write(w, result.Analysis));
                break;
            default:
                OutputTarget.WriteText(context, output, w => AnalysisTextWriter.Write(w, result));
                break;
        }
    }
}
