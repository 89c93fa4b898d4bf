using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>What the diagnostic plots share: margins, point and reference-line styles, checks of options and input.</summary>
internal static class DiagnosticFigure
{
    public const double Margin = 10;

    /// <summary>Space between the plot and what is under it (legend, key).</summary>
    public const double SectionGap = 10;

    /// <summary>metafor's points: grey fill with a thin black outline.</summary>
    public static Color PointFill { get; } = Color.FromHex("#bfbfbf");

    public static Stroke PointStroke { get; } = new(Color.Black, 0.5);

    /// <summary>Dotted grey reference lines (no effect, cut-offs, ±2 bands).</summary>
    public static Stroke Reference { get; } = new Stroke(Color.FromHex("#595959"), 0.75).Dashed(1.5, 2);

    /// <summary>Thin solid grey reference line.</summary>
    public static Stroke ReferenceSolid { get; } = new(Color.FromHex("#595959"), 0.75);

    /// <summary>Checks the options every plot uses; <paramref name="plot"/> names the plot in the message.</summary>
    public static void Validate(DiagnosticPlotOptions o, string plot)
    {
        ArgumentNullException.ThrowIfNull(o);
        if (!(o.FontSize > 0) || double.IsInfinity(o.FontSize))
        {
            throw new ArgumentOutOfRangeException(nameof(o), $"{plot}: FontSize must be > 0 points, got {o.FontSize}");
        }

        foreach (var (name, value) in new[] { ("Width", o.Width), ("Height", o.Height) })
        {
            if (value is { } v && (!(v > 0) || double.IsInfinity(v)))
            {
                throw new ArgumentOutOfRangeException(nameof(o), $"{plot}: {name} must be > 0 points, got {v}");
            }
        }
    }

    /// <summary>Checks that labels are given and not null.</summary>
    public static void RequireLabel(string? label, int index, string plot)
    {
        if (label is null)
        {
            throw new ArgumentException($"{plot}: study {index + 1} has no label (null); give every study a label, e.g. 'Author Year'");
        }
    }

    /// <summary>Checks that a value is a finite number; the message names the plot, study, field and value.</summary>
    public static void RequireFinite(double value, string field, string label, string plot)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{plot}: study '{label}': {field} must be a finite number, got {value}");
        }
    }
}
