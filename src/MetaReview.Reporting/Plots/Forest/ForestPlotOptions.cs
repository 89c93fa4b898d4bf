using System.Collections.Immutable;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Plots.RiskOfBias;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>Appearance of a forest plot; every option has a default.</summary>
public sealed record ForestPlotOptions
{
    public ForestLayout Layout { get; init; } = ForestLayout.RevMan;

    /// <summary>
    /// Width in points; null fits the content (the graph <see cref="GraphWidth"/> wide, study labels wrapped beyond
    /// 30 font sizes). With a width the graph takes what the columns leave, and labels wrap when it would be narrower
    /// than 100 pt.
    /// </summary>
    public double? Width { get; init; }

    /// <summary>
    /// Height in points; null grows with the rows. A height stretches the row pitch to fill it; a height too small
    /// for the rows is an error that names the minimum.
    /// </summary>
    public double? Height { get; init; }

    public double FontSize { get; init; } = 8;

    /// <summary>A title printed above the plot; null for none (the accessible title is always set).</summary>
    public string? Title { get; init; }

    /// <summary>A label centred under the axis, e.g. "Risk ratio (log scale)"; null for none.</summary>
    public string? XLabel { get; init; }

    /// <summary>
    /// Printed under the axis left of the line of no effect; null or empty for none. Not printed when the plot has no
    /// line of no effect (<see cref="ForestPlotData.NullValue"/> null, e.g. proportions).
    /// </summary>
    public string? FavoursLeft { get; init; } = "Favours [experimental]";

    /// <summary>Printed under the axis right of the line of no effect; null or empty for none.</summary>
    public string? FavoursRight { get; init; } = "Favours [control]";

    /// <summary>The name printed over the experimental arm's columns.</summary>
    public string ExperimentalLabel { get; init; } = "Experimental";

    /// <summary>The name printed over the control arm's columns.</summary>
    public string ControlLabel { get; init; } = "Control";

    public ForestSort Sort { get; init; } = ForestSort.Given;

    /// <summary>Decimals of estimates and confidence bounds (RevMan: 2).</summary>
    public int Decimals { get; init; } = 2;

    /// <summary>Width of the graph in points when <see cref="Width"/> is not set.</summary>
    public double GraphWidth { get; init; } = 170;

    /// <summary>
    /// Axis limits on the reporting scale (both &gt; 0 for ratios); null chooses RevMan's symmetric scales around
    /// the line of no effect (0.01–100, 0.1–10, 0.2–5, 0.5–2, …; −4 to 4, −10 to 10, …) that hold every pooled
    /// interval and study estimate. Intervals beyond the limits end in an arrow.
    /// </summary>
    public (double Min, double Max)? AxisLimits { get; init; }

    /// <summary>Tick values; null for the ticks of the chosen scale. Ticks outside the limits are ignored.</summary>
    public ImmutableArray<double>? Ticks { get; init; }

    /// <summary>Fill of the study squares; null for the layout's (RevMan: blue, compact: dark grey).</summary>
    public Color? SquareColor { get; init; }

    /// <summary>Fill of the diamonds; null for black.</summary>
    public Color? DiamondColor { get; init; }

    /// <summary>Colour of the confidence-interval lines and the axis.</summary>
    public Color LineColor { get; init; } = Color.Black;

    /// <summary>Colour of the prediction-interval bar.</summary>
    public Color PredictionColor { get; init; } = Color.FromHex("#7f7f7f");

    /// <summary>Show the weight column (when any row has a weight).</summary>
    public bool ShowWeights { get; init; } = true;

    /// <summary>Draw prediction intervals that the summaries carry.</summary>
    public bool ShowPredictionInterval { get; init; } = true;

    /// <summary>Colours and symbols of the risk-of-bias columns.</summary>
    public RiskOfBiasPalette RiskOfBiasPalette { get; init; } = RiskOfBiasPalette.ColourBlindSafe;

    /// <summary>Prefix of the SVG ids, so that several plots can share an HTML page.</summary>
    public string IdPrefix { get; init; } = "forest";
}
