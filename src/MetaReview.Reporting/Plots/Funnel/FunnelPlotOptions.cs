using System.Collections.Immutable;
using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Funnel;

/// <summary>Appearance of a funnel plot; every option has a default.</summary>
public sealed record FunnelPlotOptions
{
    /// <summary>Width in points.</summary>
    public double Width { get; init; } = 380;

    /// <summary>Height in points; null makes the plot area 0.8 times as tall as it is wide.</summary>
    public double? Height { get; init; }

    public double FontSize { get; init; } = 9;

    /// <summary>A title printed above the plot; null for none (the accessible title is always set).</summary>
    public string? Title { get; init; }

    /// <summary>The x-axis label; null for the data's (<see cref="FunnelPlotData.EffectLabel"/>).</summary>
    public string? XLabel { get; init; }

    /// <summary>The y-axis label; null for the data's (<see cref="FunnelPlotData.StandardErrorLabel"/>).</summary>
    public string? YLabel { get; init; }

    /// <summary>
    /// Shade the regions where a study's two-sided p-value against no effect falls below each of
    /// <see cref="ContourLevels"/> (Peters JL, Sutton AJ, Jones DR, Abrams KR, Rushton L. Contour-enhanced
    /// meta-analysis funnel plots help distinguish publication bias from other causes of asymmetry. J Clin Epidemiol
    /// 2008;61:991–6). Needs <see cref="FunnelPlotData.NullValue"/>.
    /// </summary>
    public bool ContourEnhanced { get; init; }

    /// <summary>The p-values of the contours, each between 0 and 1 (default 0.10, 0.05, 0.01).</summary>
    public ImmutableArray<double> ContourLevels { get; init; } = [0.10, 0.05, 0.01];

    /// <summary>Draw the pseudo-confidence region: estimate ± z·SE, dashed (needs <see cref="FunnelPlotData.Estimate"/>).</summary>
    public bool ShowPseudoConfidenceRegion { get; init; } = true;

    /// <summary>The level of the pseudo-confidence region.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Show a legend under the plot.</summary>
    public bool ShowLegend { get; init; } = true;

    /// <summary>Fill of the study points.</summary>
    public Color PointColor { get; init; } = Color.Black;

    /// <summary>Colour of Egger's line (vermillion of the Okabe–Ito palette, distinct under colour-vision deficiency).</summary>
    public Color EggerColor { get; init; } = Color.FromHex("#d55e00");

    /// <summary>Prefix of the SVG ids, so that several plots can share an HTML page.</summary>
    public string IdPrefix { get; init; } = "funnel";
}
