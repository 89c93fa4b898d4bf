using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// One entry of a plot's legend: a symbol and its text. The symbol is a line sample (<see cref="Line"/>), a
/// filled swatch (<see cref="Fill"/> without a marker) or a circle marker (<see cref="Marker"/>); an item
/// with none of them is text alone (a caption for the items after it).
/// </summary>
internal sealed record LegendItem(string Text)
{
    public Stroke? Line { get; init; }

    public Color? Fill { get; init; }

    public double FillOpacity { get; init; } = 1;

    public bool Marker { get; init; }

    public Stroke? MarkerStroke { get; init; }

    /// <summary>Width of the symbol in points.</summary>
    public double SymbolWidth { get; init; } = 22;

    public bool HasSymbol => Line is not null || Fill is not null || Marker;
}
