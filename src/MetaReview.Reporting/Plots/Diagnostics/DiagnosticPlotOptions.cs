using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// Appearance of the diagnostic plots (Baujat, radial, L'Abbé, bubble, GOSH, influence panel); every option
/// has a default, and null means "the plot's own default".
/// </summary>
public sealed record DiagnosticPlotOptions
{
    /// <summary>Width in points; null for the plot's default (480, or 560 for the influence panel).</summary>
    public double? Width { get; init; }

    /// <summary>
    /// Height in points; null for the plot's default (400; the influence panel grows with its key, and L'Abbé
    /// and bubble plots add their legend below).
    /// </summary>
    public double? Height { get; init; }

    /// <summary>Font size of tick labels, axis titles and point labels, in points.</summary>
    public double FontSize { get; init; } = 9;

    /// <summary>A title printed above the plot; null for none (the accessible title is always set).</summary>
    public string? Title { get; init; }

    /// <summary>Title of the horizontal axis; null for the plot's default (e.g. the moderator of a bubble plot).</summary>
    public string? XAxisTitle { get; init; }

    /// <summary>Title of the vertical axis; null for the plot's default.</summary>
    public string? YAxisTitle { get; init; }

    /// <summary>
    /// Label the points with the study names: null for the plot's default (on for the Baujat plot, off for
    /// radial, L'Abbé and bubble plots). Labels never overlap one another or a point: when the names do not
    /// fit, the points are numbered and a key lists the names under the plot.
    /// </summary>
    public bool? LabelStudies { get; init; }

    /// <summary>Colour of fitted lines and bands (Okabe–Ito blue by default: safe for colour-blind readers).</summary>
    public Color LineColor { get; init; } = Color.FromHex("#0072b2");

    /// <summary>Fill of highlighted (influential) studies (Okabe–Ito vermillion by default).</summary>
    public Color HighlightColor { get; init; } = Color.FromHex("#d55e00");

    /// <summary>GOSH plot: up to this many subsets are drawn as single points; more are binned in shaded hexagons.</summary>
    public int GoshScatterLimit { get; init; } = 2000;

    /// <summary>GOSH plot: radius of the density hexagons in points (centre to corner).</summary>
    public double GoshHexagonRadius { get; init; } = 4;

    /// <summary>Prefix of the SVG ids, so that several plots can share an HTML page; null for the plot's name.</summary>
    public string? IdPrefix { get; init; }
}
