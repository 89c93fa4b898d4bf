using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing;

/// <summary>
/// A device-independent picture: a size in points (1/72 inch) and elements drawn in order. Renderers
/// (<see cref="Rendering.SvgRenderer"/>, <see cref="Rendering.PdfRenderer"/>, <see cref="Rendering.PngRenderer"/>)
/// turn it into files; all agree on the geometry because text is laid out with the embedded font's metrics.
/// </summary>
public sealed record Scene
{
    public Scene(double width, double height)
    {
        if (!(width > 0) || !(height > 0) || double.IsInfinity(width) || double.IsInfinity(height))
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"a scene needs a width and height > 0 points, got {width} × {height}");
        }

        Width = width;
        Height = height;
    }

    public double Width { get; }

    public double Height { get; }

    /// <summary>Short accessible name of the figure (SVG <c>&lt;title&gt;</c>, PDF title).</summary>
    public string? Title { get; init; }

    /// <summary>Longer accessible description (SVG <c>&lt;desc&gt;</c>, PDF subject).</summary>
    public string? Description { get; init; }

    /// <summary>Prefix of the ids the renderers generate, so that several figures can share an HTML page.</summary>
    public string IdPrefix { get; init; } = "figure";

    /// <summary>Background fill; null for transparent.</summary>
    public Color? Background { get; init; } = Color.White;

    public ImmutableArray<Element> Elements { get; init; } = [];
}
