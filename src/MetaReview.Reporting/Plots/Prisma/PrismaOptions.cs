using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Prisma;

/// <summary>
/// Appearance of a PRISMA flow diagram. Colours default to those of the PRISMA 2020 template: a yellow
/// header over the databases column, grey for other methods, light blue phase labels.
/// </summary>
public sealed record PrismaOptions
{
    /// <summary>Width in points; null for 480 (databases only) or 720 (with other methods). Height follows the text.</summary>
    public double? Width { get; init; }

    public double FontSize { get; init; } = 8.5;

    /// <summary>A title printed above the diagram; null for none (the accessible title is always set).</summary>
    public string? Title { get; init; }

    /// <summary>A note printed under the diagram, e.g. <see cref="PrismaFlowDiagram.TemplateCitation"/>.</summary>
    public string? Footnote { get; init; }

    public Color BoxFill { get; init; } = Color.White;

    public Color BoxStroke { get; init; } = Color.Black;

    public Color DatabasesHeaderFill { get; init; } = Color.FromHex("#ffd966");

    public Color OtherMethodsHeaderFill { get; init; } = Color.FromHex("#d9d9d9");

    /// <summary>Fill of the boxes of the other-methods column.</summary>
    public Color OtherMethodsBoxFill { get; init; } = Color.FromHex("#f2f2f2");

    public Color PhaseFill { get; init; } = Color.FromHex("#9dc3e6");

    public Color ArrowColor { get; init; } = Color.Black;

    /// <summary>Prefix of the SVG ids, so that several diagrams can share an HTML page.</summary>
    public string IdPrefix { get; init; } = "prisma";
}
