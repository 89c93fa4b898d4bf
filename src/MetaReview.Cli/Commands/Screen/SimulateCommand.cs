using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MetaReview.Records;
using MetaReview.Records.Prioritisation;

namespace MetaReview.Cli.Commands.Screen;

/// <summary>
/// <c>metareview screen simulate LABELLED.csv [--seeds N] [--model lr|nb] [--label COLUMN] [--curve FILE.csv] [--json]</c>:
/// replays screening of a labelled dataset as ASReview's simulation mode does (one random inclusion and one
/// random exclusion as priors, then always the top-ranked record), once per seed, and reports WSS@95, RRF@10
/// and the recall curve (ASReview Insights' definitions) per run and averaged.
/// </summary>
internal static class SimulateCommand
{
    private static readonly double[] RecallPoints = [0.05, 0.10, 0.20, 0.30, 0.50];

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("LABELLED.csv") { Description = "Records with a 0/1 label column (label_included, included, label…), e.g. a SYNERGY dataset" };
        var seeds = new Option<int>("--seeds") { Description = "Number of runs, with seeds 1 to N (the priors are drawn at random)", DefaultValueFactory = _ => 5 };
        var model = new Option<string>("--model") { Description = "lr (logistic regression) or nb (naive Bayes)", DefaultValueFactory = _ => "lr" };
        model.AcceptOnlyFromAmong("lr", "nb");
        var label = new Option<string?>("--label") { Description = "The label column, when not one of the usual names" };
        var curve = new Option<string?>("--curve") { Description = "Write the mean recall curve to this CSV file (records screened, fraction, mean recall)" };
        var json = new Option<bool>("--json") { Description = "Print the results as JSON" };
        var command = new Command("simulate", "Replay screening of a labelled dataset with prioritisation and report WSS@95, RRF@10 and recall.") { file, seeds, model, label, curve, json };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var n = parsed.GetValue(seeds);
            if (n is < 1 or > 1000)
            {
                throw new CliInputException($"metareview screen simulate: --seeds must be from 1 to 1000, got {n}.");
            }

            if (!File.Exists(path))
            {
                throw new CliInputException($"metareview screen simulate: labelled file '{path}' not found.");
            }

            var (dataset, problems) = LabelledDataset.Read(path, parsed.GetValue(label));
            foreach (var problem in problems.Where(p => p.Severity == ProblemSeverity.Error))
            {
                context.Error.WriteLine(problem.ToString());
            }

            // Warnings (records without a title, say) do not matter to a simulation; their number is enough.
            var warnings = problems.Count(p => p.Severity == ProblemSeverity.Warning);
            if (warnings > 0)
            {
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"note: {warnings:N0} warning(s) while reading '{path}' (e.g. {problems.First(p => p.Severity == ProblemSeverity.Warning).Message}); 'metareview records import' lists them."));
            }

            if (dataset is null)
            {
                throw new CliInputException($"metareview screen simulate: '{path}' cannot be used; nothing was simulated.");
            }

            var kind = parsed.GetValue(model) == "nb" ? RelevanceModelKind.NaiveBayes : RelevanceModelKind.Logistic;
            var options = new SimulationOptions { Model = new PrioritiserOptions { Model = kind } };
            try
            {
                var features = TfIdfMatrix.Build(dataset.Records.Select(TfIdfMatrix.TextOf));
                var summary = ProgressDisplay.Run(context, $"Simulating {n} run(s)", progress =>
                    ActiveLearningSimulation.RunSeeds(features, dataset.Relevant, options, [.. Enumerable.Range(1, n)], progress));
                if (parsed.GetValue(curve) is { } curvePath)
                {
                    OutputTarget.WriteText(context, curvePath, w => WriteCurve(w, summary));
                }

                if (parsed.GetValue(json))
                {
                    OutputTarget.Write(context, null, stream => WriteJson(stream, Path.GetFileName(path), dataset, kind, summary));
                }
                else
                {
                    WriteText(context.Out, Path.GetFileName(path), dataset, kind, summary);
                }
            }
            catch (ArgumentException e)
            {
                throw new CliInputException($"metareview screen simulate: {path}: {e.Message}", e);
            }

            return CliApp.Success;
        });
        return command;
    }

    private static string ModelName(RelevanceModelKind kind) => kind == RelevanceModelKind.NaiveBayes
        ? "naive Bayes (TF-IDF, balanced classes, alpha 3.822)"
        : "logistic regression (TF-IDF, L2, balanced classes, C = 1)";

    private static void WriteText(TextWriter o, string name, LabelledDataset dataset, RelevanceModelKind kind, SimulationSummary s)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine($"Dataset: {name}: {dataset} (label column {dataset.LabelColumn})");
        o.WriteLine($"Model: {ModelName(kind)}; priors: 1 relevant and 1 irrelevant record drawn at random; {s.Runs.Length} run(s), seeds 1 to {s.Runs.Length}");
        o.WriteLine();
        o.WriteLine("  seed   WSS@95   RRF@10   screened to find all");
        for (var i = 0; i < s.Runs.Length; i++)
        {
            o.WriteLine(string.Create(c, $"  {s.Runs[i].Seed,4}   {s.Wss95[i],6:0.000}   {s.Rrf10[i],6:0.000}   {s.ScreenedToFindAll[i],8:N0} of {s.Records:N0}"));
        }

        var (wss, wssSd) = SimulationSummary.MeanAndSd(s.Wss95);
        var (rrf, rrfSd) = SimulationSummary.MeanAndSd(s.Rrf10);
        var (all, allSd) = SimulationSummary.MeanAndSd([.. s.ScreenedToFindAll.Select(x => (double)x)]);
        o.WriteLine(string.Create(c, $"  mean   {wss,6:0.000}   {rrf,6:0.000}   {all,8:N0} (SD {allSd:N0})"));
        o.WriteLine(string.Create(c, $"  SD     {wssSd,6:0.000}   {rrfSd,6:0.000}"));
        o.WriteLine();
        o.WriteLine("Mean recall after screening " + string.Join(", ", RecallPoints.Select(p => string.Create(c, $"{p * 100:0}%: {s.MeanRecallAt(p):0.000}"))));
        o.WriteLine("(WSS@95: work saved over random screening at 95% recall; RRF@10: share of the relevant records found after screening 10%. ASReview Insights' definitions; priors not counted.)");
    }

    private static void WriteJson(Stream stream, string name, LabelledDataset dataset, RelevanceModelKind kind, SimulationSummary s)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("dataset", name);
        json.WriteNumber("records", s.Records);
        json.WriteNumber("relevant", s.Relevant);
        json.WriteString("label_column", dataset.LabelColumn);
        json.WriteString("model", kind == RelevanceModelKind.NaiveBayes ? "nb" : "lr");
        json.WriteNumber("prior_included", 1);
        json.WriteNumber("prior_excluded", 1);
        json.WriteStartArray("runs");
        for (var i = 0; i < s.Runs.Length; i++)
        {
            json.WriteStartObject();
            json.WriteNumber("seed", s.Runs[i].Seed);
            json.WriteNumber("wss95", s.Wss95[i]);
            json.WriteNumber("rrf10", s.Rrf10[i]);
            json.WriteNumber("screened_to_find_all", s.ScreenedToFindAll[i]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var (wss, wssSd) = SimulationSummary.MeanAndSd(s.Wss95);
        var (rrf, rrfSd) = SimulationSummary.MeanAndSd(s.Rrf10);
        json.WriteNumber("wss95_mean", wss);
        json.WriteNumber("wss95_sd", wssSd);
        json.WriteNumber("rrf10_mean", rrf);
        json.WriteNumber("rrf10_sd", rrfSd);
        json.WriteNumber("screened_to_find_all_mean", s.ScreenedToFindAll.Average());
        json.WriteStartObject("mean_recall_at");
        foreach (var p in RecallPoints)
        {
            json.WriteNumber(p.ToString("0.00", CultureInfo.InvariantCulture), s.MeanRecallAt(p));
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteCurve(TextWriter w, SimulationSummary s)
    {
        w.WriteLine("screened,fraction,mean_recall");
        for (var i = 0; i < s.MeanRecallCurve.Length; i++)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1},{(double)(i + 1) / s.MeanRecallCurve.Length:0.######},{s.MeanRecallCurve[i]:0.######}"));
        }
    }
}
