using System.CommandLine;
using MetaReview.Reporting.Plots.Diagnostics;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// What the diagnostic plot verbs (baujat, radial, labbe, bubble, gosh, influence) share: the data file and analysis
/// options of <c>plot forest</c>, the output and size options, the axis titles and, for the scatter plots, study
/// labels; the command that reads and analyses the data, draws the figure and writes it.
/// </summary>
internal sealed class DiagnosticPlotInput
{
    private readonly string _verb;

    /// <param name="verb">The verb, for messages ("baujat").</param>
    /// <param name="labelsByDefault">
    /// Whether the plot labels its points with the study names by default (true, false), or null when it has no point
    /// labels (GOSH, influence panel): then there is no <c>--labels</c> option.
    /// </param>
    public DiagnosticPlotInput(string verb, bool? labelsByDefault)
    {
        _verb = verb;
        if (labelsByDefault is { } on)
        {
            Labels = new Option<bool?>("--labels")
            {
                Description = on
                    ? "Label the points with the study names (default; numbered, with a key under the plot, when the names do not fit); '--labels false' for none"
                    : "Label the points with the study names (numbered, with a key under the plot, when the names do not fit)",
            };
        }
    }

    public PlotDataInput Data { get; } = new();

    public PlotOutputOptions Output { get; } = new();

    public Option<string?> XLabel { get; } = new("--xlabel") { Description = "Title of the horizontal axis (default: the plot's own)" };

    public Option<string?> YLabel { get; } = new("--ylabel") { Description = "Title of the vertical axis (default: the plot's own)" };

    public Option<bool?>? Labels { get; }

    /// <summary>
    /// The verb's command: its own <paramref name="options"/>, then the shared ones. It checks the output file, reads
    /// and analyses the data, asks <paramref name="draw"/> for the figure and writes it.
    /// </summary>
    public Command Command(CliContext context, string description, Func<ParseResult, DiagnosticAnalysis, DiagnosticPlotOptions, DiagnosticDrawing> draw, params Option[] options)
    {
        var command = new Command(_verb, description);
        foreach (var option in options)
        {
            command.Add(option);
        }

        Data.AddTo(command);
        command.Add(XLabel);
        command.Add(YLabel);
        if (Labels is not null)
        {
            command.Add(Labels);
        }

        Output.AddTo(command);
        command.SetAction(parsed =>
        {
            var target = Output.Target(parsed, _verb);
            var (dataset, result) = Data.Load(context, parsed);
            var drawing = draw(parsed, new DiagnosticAnalysis(dataset, result), Options(parsed));
            var exit = Output.Write(context, parsed, target, PlotOutputOptions.Draw(_verb, drawing.Draw), drawing.What);
            if (exit == CliApp.Success)
            {
                drawing.Then?.Invoke();
            }

            return exit;
        });
        return command;
    }

    /// <summary>The appearance given on the command line; unset options keep the plot's defaults.</summary>
    public DiagnosticPlotOptions Options(ParseResult parsed) => new()
    {
        Width = parsed.GetValue(Output.Width),
        Height = parsed.GetValue(Output.Height),
        FontSize = parsed.GetValue(Output.FontSize) ?? new DiagnosticPlotOptions().FontSize,
        Title = parsed.GetValue(Output.Title),
        XAxisTitle = parsed.GetValue(XLabel),
        YAxisTitle = parsed.GetValue(YLabel),
        LabelStudies = Labels is null ? null : parsed.GetValue(Labels),
    };

    /// <summary>Runs an engine computation; data it cannot use is an input error naming the verb.</summary>
    public T Engine<T>(Func<T> run) => PlotOutputOptions.Engine(_verb, run);

    /// <summary>A note on standard error for each of the engine's warnings.</summary>
    public static void Notes(CliContext context, IEnumerable<string> warnings)
    {
        foreach (var warning in warnings)
        {
            context.Error.WriteLine($"note: {warning}");
        }
    }
}
