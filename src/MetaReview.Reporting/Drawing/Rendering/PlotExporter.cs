using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>
/// Writes a scene as <c>name.svg</c>, <c>name.pdf</c> and, when rsvg-convert is installed, <c>name.png</c>.
/// A missing rsvg-convert is not an error: the PNG is skipped with a note saying how to install it.
/// </summary>
public static class PlotExporter
{
    public static ExportResult Export(Scene scene, string directory, string baseName, IReadOnlyCollection<PlotFormat>? formats = null, double pngDpi = 300)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(baseName);
        if (baseName.IndexOfAny(System.IO.Path.GetInvalidFileNameChars()) >= 0 || baseName.Contains('/', StringComparison.Ordinal))
        {
            throw new ArgumentException($"plot file name '{baseName}' contains characters not allowed in file names", nameof(baseName));
        }

        formats ??= [PlotFormat.Svg, PlotFormat.Pdf, PlotFormat.Png];
        Directory.CreateDirectory(directory);
        var files = ImmutableArray.CreateBuilder<string>();
        var notes = ImmutableArray.CreateBuilder<string>();
        foreach (var format in formats.Distinct().Order())
        {
            ISceneRenderer renderer = format switch
            {
                PlotFormat.Svg => new SvgRenderer(),
                PlotFormat.Pdf => new PdfRenderer(),
                PlotFormat.Png => new PngRenderer(pngDpi),
                _ => throw new ArgumentOutOfRangeException(nameof(formats), format, "unknown plot format"),
            };
            if (format == PlotFormat.Png && !PngRenderer.IsAvailable)
            {
                notes.Add($"{baseName}.png not written: {PngRenderer.MissingMessage}");
                continue;
            }

            var path = System.IO.Path.Combine(directory, baseName + "." + format.ToString().ToLowerInvariant());
            var temp = path + ".tmp";
            using (var stream = File.Create(temp))
            {
                renderer.Write(scene, stream);
            }

            File.Move(temp, path, overwrite: true);
            files.Add(path);
        }

        return new ExportResult(files.ToImmutable(), notes.ToImmutable());
    }
}
