using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Report.Writers;

/// <summary>
/// The picture a reader without SVG support shows in place of a figure too large for a useful bitmap (see
/// <see cref="WordFigure"/>): a grey panel of the figure's printed size saying where to see the figure. The text is
/// turned to run up the panel when that is the only way to print it at a readable size (a tall, narrow figure).
/// </summary>
internal static class WordFallbackNotice
{
    /// <summary>The notice, one line per entry; the first is bold.</summary>
    public static IReadOnlyList<string> Lines { get; } =
    [
        "This figure is stored as SVG,",
        "which this program cannot show.",
        "Open the document in Word 2019 or later,",
        "or see the HTML report.",
    ];

    private const double Padding = 6;
    private const double LargestSize = 10;
    private const double LineSpacing = 1.3;
    private const double ReadableSize = 7;

    /// <summary>A scene of <paramref name="width"/> × <paramref name="height"/> points with the notice centred.</summary>
    public static Scene Create(double width, double height)
    {
        var canvas = new Canvas(width, height);
        canvas.Rectangle(new Rect(0.5, 0.5, Math.Max(0, width - 1), Math.Max(0, height - 1)), Color.FromHex("#f2f2f2"), new Stroke(Color.FromHex("#999999"), 1));
        var regular = new TextStyle(1);
        var widest = Lines.Select((line, i) => canvas.Measurer.Width(line, i == 0 ? regular.AsBold() : regular)).Max();
        double Fit(double along, double across) =>
            Math.Min(LargestSize, Math.Min((along - 2 * Padding) / widest, (across - 2 * Padding) / (Lines.Count * LineSpacing)));

        // Upright unless that makes the text smaller than turning it would and smaller than easily read.
        var (uprightSize, turnedSize) = (Fit(width, height), Fit(height, width));
        var upright = uprightSize >= Math.Min(turnedSize, ReadableSize);
        var size = upright ? uprightSize : turnedSize;
        var across = upright ? height : width;
        if (size > 0)
        {
            var pitch = size * LineSpacing;
            var first = (across - pitch * (Lines.Count - 1)) / 2; // the middle of the first line, across the panel
            for (var i = 0; i < Lines.Count; i++)
            {
                var style = new TextStyle(size, bold: i == 0).WithColor(Color.FromHex("#333333"));
                var offset = first + i * pitch;

                // Upright: lines go down the panel. Turned (−90°, read bottom to top): the first line is on the left.
                var (x, y) = upright ? (width / 2, offset) : (offset, height / 2);
                canvas.Text(Lines[i], x, y, style, TextAnchor.Middle, TextBaseline.Middle, upright ? 0 : -90);
            }
        }

        return canvas.ToScene("Figure stored as SVG", string.Join(' ', Lines), "svg-notice");
    }
}
