using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Drawing.Pdf;

namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>
/// Writes a scene as a one-page PDF 1.7 file of the scene's size, with MetaReview's own PDF writer: vector
/// drawing, the embedded Liberation Sans faces (subset, with a ToUnicode map so that the text can be searched
/// and copied), Flate-compressed streams.
/// </summary>
/// <remarks>
/// Text is placed with the same metrics as the layout and the SVG renderer, and the font's widths in the PDF
/// come from those metrics too. Opacity applies to an element as a whole, as in SVG (groups become transparency
/// groups). The output is deterministic: no dates, and a file identifier that is a hash of the content, so the
/// same scene gives the same bytes. The title and description become the document's title and subject.
/// </remarks>
public sealed class PdfRenderer : ISceneRenderer
{
    private readonly TextMeasurer _measurer;

    public PdfRenderer(TextMeasurer? measurer = null)
    {
        _measurer = measurer ?? TextMeasurer.Default;
    }

    public PlotFormat Format => PlotFormat.Pdf;

    public static byte[] Render(Scene scene) => new PdfRenderer().ToPdf(scene);

    public void Write(Scene scene, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToPdf(scene));
    }

    /// <summary>The PDF file as bytes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate of the scene is not finite.</exception>
    public byte[] ToPdf(Scene scene)
    {
        ArgumentNullException.ThrowIfNull(scene);
        return PdfSceneWriter.Write(scene, _measurer);
    }
}
