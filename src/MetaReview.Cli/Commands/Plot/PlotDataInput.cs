using System.CommandLine;
using System.Globalization;
using MetaReview.Review.Input;
using MetaReview.Statistics.Analysis;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// The data file and analysis options of the plots drawn from an analysis (forest, funnel): the same file format and
/// options as <c>metareview analyze</c>, read and analysed the same way.
/// </summary>
internal sealed class PlotDataInput
{
    private static readonly string[] YearColumns = ["year", "Year of study", "study_year", "publication_year"];

    public Argument<string> Data { get; } = new("DATA") { Description = "CSV or XLSX file with one row per study (as for 'metareview analyze')" };

    public Option<string?> Sheet { get; } = new("--sheet") { Description = "Worksheet to read from an XLSX file (default: the first)" };

    public AnalysisOptionSet Analysis { get; } = new();

    public void AddTo(Command command)
    {
        command.Add(Data);
        command.Add(Sheet);
        Analysis.AddTo(command);
    }

    /// <summary>Reads the file and runs the analysis; bad input ends the command with exit code 2.</summary>
    public (AnalysisDataset Dataset, AnalysisResult Result) Load(CliContext context, ParseResult parsed)
    {
        var settings = Analysis.Parse(parsed);
        var dataset = AnalyzeCommand.ReadDataset(context, parsed.GetValue(Data)!, settings, parsed.GetValue(Sheet));
        return (dataset, AnalyzeCommand.Run(dataset, settings));
    }

    /// <summary>The study years from the first year column present ('year', 'Year of study', ...), or null when there is none.</summary>
    public static IReadOnlyList<int?>? Years(AnalysisDataset dataset)
    {
        var column = YearColumns.Select(dataset.FindExtraColumn).FirstOrDefault(c => c is not null);
        if (column is null)
        {
            return null;
        }

        return [.. column.Values.Select((value, i) => value is null ? (int?)null : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year)
            ? year
            : throw new CliInputException($"{dataset.LocationOf(i)}: column '{column.Name}' (study '{dataset.Studies[i].Study}'): must be a year (a whole number), got '{value}'."))];
    }
}
