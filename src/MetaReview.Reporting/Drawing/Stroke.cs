using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing;

/// <summary>How a line is drawn: colour, width in points, optional dash pattern (dash, gap, ...), caps and joins.</summary>
public sealed record Stroke
{
    public Stroke(Color color, double width = 1)
    {
        if (!(width > 0) || double.IsInfinity(width))
        {
            throw new ArgumentOutOfRangeException(nameof(width), $"stroke width must be > 0 points, got {width}");
        }

        Color = color;
        Width = width;
    }

    public Color Color { get; init; }

    public double Width { get; }

    /// <summary>Alternating dash and gap lengths in points; empty for a solid line.</summary>
    public ImmutableArray<double> Dashes { get; init; } = [];

    public LineCap Cap { get; init; } = LineCap.Butt;

    public LineJoin Join { get; init; } = LineJoin.Miter;

    public Stroke Dashed(params double[] pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (pattern.Length == 0 || pattern.Any(d => !(d >= 0)) || pattern.All(d => d == 0))
        {
            throw new ArgumentException($"a dash pattern needs lengths >= 0, not all zero, got [{string.Join(", ", pattern)}]", nameof(pattern));
        }

        return this with { Dashes = [.. pattern] };
    }
}
