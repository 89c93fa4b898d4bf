using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The set-up every diagnostic plot starts from: the checked options, the measurer, the size (the plot's
/// defaults where the options give none), the SVG id prefix, the text style and the title block.
/// </summary>
internal sealed record Figure(DiagnosticPlotOptions Options, TextMeasurer Measurer, double Width, double Height, string Prefix, TextStyle Text, TextBlock? Title)
{
    /// <summary>Where the body starts, under the title.</summary>
    public double Top => DiagnosticFigure.Margin + (Title is null ? 0 : Title.Height + 8);

    /// <summary>The width inside the margins.</summary>
    public double ContentWidth => Width - 2 * DiagnosticFigure.Margin;

    /// <summary>The rectangle inside the margins, under the title, above <paramref name="reservedBelow"/> points.</summary>
    public Rect Body(double reservedBelow = 0) =>
        Rect.FromEdges(DiagnosticFigure.Margin, Top, Width - DiagnosticFigure.Margin, Height - DiagnosticFigure.Margin - reservedBelow);

    public static Figure Create(DiagnosticPlotOptions? options, TextMeasurer? measurer, string plot, string prefix, double width = 480, double height = 400)
    {
        var o = options ?? new DiagnosticPlotOptions();
        DiagnosticFigure.Validate(o, plot);
        var m = measurer ?? TextMeasurer.Default;
        var w = o.Width ?? width;
        var title = o.Title is null ? null : TextBlock.Create([new TextParagraph(o.Title, new TextStyle(o.FontSize * 1.25, bold: true))], w - 2 * DiagnosticFigure.Margin, m);
        return new Figure(o, m, w, o.Height ?? height, o.IdPrefix ?? prefix, new TextStyle(o.FontSize), title);
    }

    /// <summary>A canvas of the figure's width and the given height, with the title drawn.</summary>
    public Canvas Canvas(double height)
    {
        var canvas = new Canvas(Width, height, Measurer);
        Title?.Draw(canvas, DiagnosticFigure.Margin, DiagnosticFigure.Margin);
        return canvas;
    }

    /// <summary>
    /// The point labels of a scatter when <paramref name="label"/>, and the key of study numbers under the plot
    /// when the names did not fit and the points are numbered. Labels keep clear of the <paramref name="obstacles"/>
    /// (other texts inside the area).
    /// </summary>
    public (StudyLabels? Labels, StudyKey? Key) Labels(bool label, IReadOnlyList<string> names, IReadOnlyList<Point> centres, IReadOnlyList<double> radii, Rect area, IReadOnlyList<Rect>? obstacles = null)
    {
        if (!label)
        {
            return (null, null);
        }

        var labels = StudyLabels.Place(names, centres, radii, area, Text, Measurer, obstacles);
        return (labels, labels.Numbered ? StudyKey.Create(names, new HashSet<int>(), ContentWidth, Text, Measurer) : null);
    }

    /// <summary>The figure's height with a key under it.</summary>
    public double HeightWith(StudyKey? key) => key is null ? Height : Height + key.Height + DiagnosticFigure.SectionGap;

    /// <summary>Draws the labels and, under the plot, the key.</summary>
    public void Draw(Canvas canvas, StudyLabels? labels, StudyKey? key)
    {
        labels?.Draw(canvas, Prefix + "-labels");
        key?.Draw(canvas, DiagnosticFigure.Margin, Height, Prefix + "-key");
    }
}
