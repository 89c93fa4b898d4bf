using System.CommandLine;
using System.Globalization;
using MetaReview.Cli.Commands.Analyze;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Rendering;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// The options every plot verb shares: the output file (its extension picks SVG, PDF or PNG), the size, the font
/// size, the title and the PNG resolution; and writing the figure.
/// </summary>
internal sealed class PlotOutputOptions
{
    public Option<string?> Output { get; } = new("--output", "-o") { Description = "The file to write: .svg, .pdf or .png (the extension picks the format; '-' writes SVG to standard output)" };

    public Option<double?> Width { get; } = new("--width") { Description = "Width in points (72 pt = 1 inch; default: fitted to the content)" };

    public Option<double?> Height { get; } = new("--height") { Description = "Height in points (default: grows with the content)" };

    public Option<double?> FontSize { get; } = new("--font-size") { Description = "Text size in points" };

    public Option<string?> Title { get; } = new("--title") { Description = "A title printed above the figure" };

    public Option<double> Dpi { get; } = new("--dpi") { Description = "Resolution of PNG output in dots per inch", DefaultValueFactory = _ => 300 };

    public void AddTo(Command command)
    {
        command.Add(Output);
        command.Add(Width);
        command.Add(Height);
        command.Add(FontSize);
        command.Add(Title);
        command.Add(Dpi);
    }

    /// <summary>The output file and its format, checked before any work is done (exit code 2 when wrong).</summary>
    public (string Path, PlotFormat Format) Target(ParseResult parsed, string verb)
    {
        var path = parsed.GetValue(Output);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliInputException($"metareview plot {verb}: give the file to write with -o FILE.svg, FILE.pdf or FILE.png ('-o -' writes SVG to standard output).");
        }

        if (path == "-")
        {
            return (path, PlotFormat.Svg);
        }

        var format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".svg" => PlotFormat.Svg,
            ".pdf" => PlotFormat.Pdf,
            ".png" => PlotFormat.Png,
            var other => throw new CliInputException($"metareview plot {verb}: cannot tell the format of '{path}' from its extension '{other}': use .svg, .pdf or .png."),
        };
        var dpi = parsed.GetValue(Dpi);
        if (format == PlotFormat.Png && !(dpi >= 10 && dpi <= 2400))
        {
            throw new CliInputException($"metareview plot {verb}: --dpi must be between 10 and 2400, got {dpi.ToString(CultureInfo.InvariantCulture)}.");
        }

        return (path, format);
    }

    /// <summary>
    /// Writes the figure. A missing renderer (rsvg-convert for PNG) is not the user's input: its message is printed
    /// and the exit code is 1.
    /// </summary>
    public int Write(CliContext context, ParseResult parsed, (string Path, PlotFormat Format) target, Scene scene, string what)
    {
        try
        {
            switch (target.Format)
            {
                case PlotFormat.Svg:
                    OutputTarget.WriteText(context, target.Path, w => w.Write(SvgRenderer.Render(scene)));
                    break;
                case PlotFormat.Pdf:
                    OutputTarget.Write(context, target.Path, s => new PdfRenderer().Write(scene, s));
                    break;
                default:
                    if (!PngRenderer.IsAvailable)
                    {
                        context.Error.WriteLine($"metareview: {PngRenderer.MissingMessage}");
                        return CliApp.Failure;
                    }

                    OutputTarget.Write(context, target.Path, s => new PngRenderer(parsed.GetValue(Dpi)).Write(scene, s));
                    break;
            }
        }
        catch (RendererUnavailableException e)
        {
            context.Error.WriteLine($"metareview: {e.Message}");
            return CliApp.Failure;
        }

        if (target.Path != "-")
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{target.Path}: {what}, {scene.Width:0.#} × {scene.Height:0.#} pt"));
        }

        return CliApp.Success;
    }

    /// <summary>Runs a plot's layout, turning its argument errors (a size too small, a bad value) into input errors.</summary>
    public static Scene Draw(string verb, Func<Scene> draw)
    {
        try
        {
            return draw();
        }
        catch (ArgumentException e)
        {
            throw new CliInputException($"metareview plot {verb}: {EngineMessage.Of(e)}.", e);
        }
    }

    /// <summary>
    /// Runs an engine computation for a plot (trim and fill, a meta-regression, influence diagnostics, ...); data it
    /// cannot use (too few studies, a constant moderator) is an input error, "metareview plot <paramref name="what"/>: ...".
    /// </summary>
    public static T Engine<T>(string what, Func<T> run)
    {
        try
        {
            return run();
        }
        catch (ArgumentException e)
        {
            throw new CliInputException($"metareview plot {what}: {EngineMessage.Of(e)}", e);
        }
    }
}
