namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>An output format of a plot.</summary>
public enum PlotFormat
{
    /// <summary>Scalable Vector Graphics: for the web and for journals that take vector figures.</summary>
    Svg,

    /// <summary>PDF with the font embedded: the usual vector format for print.</summary>
    Pdf,

    /// <summary>A bitmap, rendered from the SVG by rsvg-convert.</summary>
    Png,
}
