using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Rendering;
using MetaReview.Reporting.Tests.Snapshots;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Drawing;

public class SvgRendererTests
{
    private const string Hostile = "<script>alert(1)</script> & \"Smith\" 'O'Brien'";

    [Fact]
    public void Text_IsEscaped_AndReadsBackUnchanged()
    {
        var canvas = new Canvas(200, 50);
        using (canvas.Group("g", title: Hostile, description: Hostile))
        {
            canvas.Text(Hostile, 10, 20, new TextStyle(9));
        }

        var svg = SvgRenderer.Render(canvas.ToScene(Hostile, Hostile));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Smith&quot; &apos;O&apos;Brien&apos;", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", svg, StringComparison.Ordinal);
        var doc = SvgDocument.Parse(svg);
        Assert.Empty(doc.Descendants(SvgDocument.Svg + "script"));
        Assert.Equal<string>([Hostile], SvgDocument.Texts(svg));
        Assert.All(doc.Descendants(SvgDocument.Svg + "title"), t => Assert.Equal(Hostile, t.Value));
    }

    [Fact]
    public void ControlCharacters_BecomeSpaces_SoTheXmlStaysValid()
    {
        var canvas = new Canvas(100, 20);
        canvas.Text("Smith\u0001 2001\u0007", 1, 10, new TextStyle(9));
        canvas.Text("lone \uD800 surrogate", 1, 18, new TextStyle(9));
        var svg = SvgRenderer.Render(canvas.ToScene());
        Assert.Equal<string>(["Smith  2001 ", "lone \uFFFD surrogate"], SvgDocument.Texts(svg));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-0.001, "0")]
    [InlineData(12.345, "12.35")]
    [InlineData(-12.344, "-12.34")]
    [InlineData(1e-7, "0")]
    [InlineData(123456.7, "123456.7")]
    [InlineData(72, "72")]
    public void Numbers_AreRoundedToHundredthsWithoutExponent(double value, string expected) =>
        Assert.Equal(expected, SvgRenderer.Num(value));

    [Fact]
    public void NonFiniteCoordinate_IsRefused()
    {
        var canvas = new Canvas(10, 10);
        canvas.Line(0, 0, double.NaN, 1, new Stroke(Color.Black));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => SvgRenderer.Render(canvas.ToScene()));
        Assert.Contains("not finite", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateIds_AreRefused()
    {
        var canvas = new Canvas(10, 10);
        canvas.Add(new CircleElement { Id = "a", Center = new Point(1, 1), Radius = 1 });
        canvas.Add(new CircleElement { Id = "a", Center = new Point(2, 2), Radius = 1 });
        var e = Assert.Throws<InvalidOperationException>(() => SvgRenderer.Render(canvas.ToScene()));
        Assert.Equal("the id 'a' is used twice in the scene; SVG ids must be unique", e.Message);
    }

    [Fact]
    public void Document_IsSizedInPoints_AndLabelledForScreenReaders()
    {
        var svg = SvgRenderer.Render(new Canvas(300, 120).ToScene("A title", "A description", "fig1"));
        var root = SvgDocument.Parse(svg).Root!;
        Assert.Equal("300pt", root.Attribute("width")!.Value);
        Assert.Equal("120pt", root.Attribute("height")!.Value);
        Assert.Equal("0 0 300 120", root.Attribute("viewBox")!.Value);
        Assert.Equal("img", root.Attribute("role")!.Value);
        Assert.Equal("fig1-title fig1-desc", root.Attribute("aria-labelledby")!.Value);
        Assert.Equal("A title", root.Element(SvgDocument.Svg + "title")!.Value);
    }

    [Fact]
    public void Primitives_MatchSnapshot_AndRenderTheSameTwice()
    {
        var scene = Primitives();
        var first = SvgRenderer.Render(scene);
        Assert.Equal(first, SvgRenderer.Render(scene));
        SvgDocument.Parse(first);
        SnapshotAssert.Matches(first, "drawing-primitives");
        Gallery.Save(scene, "drawing-primitives");
    }

    /// <summary>One of everything the scene can hold.</summary>
    internal static Scene Primitives()
    {
        var c = new Canvas(320, 140);
        var style = new TextStyle(10);
        using (c.Group("shapes", "Shapes", "Rectangle, circle, polygon, diamond, path"))
        {
            c.Rectangle(new Rect(10, 10, 120, 60), Color.FromHex("#f2f2f2"), new Stroke(Color.Black, 0.75), 4);
            c.Circle(160, 40, 14, Color.FromHex("#009e73"), new Stroke(Color.White, 1));
            c.Diamond(190, 215, 240, 40, 8, Color.Black);
            c.Path(new PathBuilder().MoveTo(250, 60).CubicTo(260, 10, 290, 10, 300, 60).Close(), Color.FromHex("#f0e442"), new Stroke(Color.Black, 0.5));
            c.Add(new RectangleElement { Bounds = new Rect(250, 70, 50, 10), Fill = Color.FromHex("#d55e00"), Opacity = 0.5 });
        }

        using (c.Group("lines"))
        {
            c.Line(10, 90, 150, 90, new Stroke(Color.FromHex("#0072b2"), 1.5).Dashed(4, 2));
            c.Polyline([new Point(10, 100), new Point(60, 120), new Point(110, 100)], new Stroke(Color.Black) { Cap = LineCap.Round, Join = LineJoin.Round });
        }

        c.Text("start", 20, 40, style);
        c.Text("middle", 70, 80, style.AsBold(), TextAnchor.Middle, TextBaseline.Middle);
        c.Text("end", 310, 130, style.AsItalic().WithColor(Color.FromHex("#882255")), TextAnchor.End, TextBaseline.Bottom);
        c.Text("up", 170, 130, style, TextAnchor.Start, TextBaseline.Alphabetic, -90);
        return c.ToScene("Drawing primitives", "One of each element the scene supports.", "primitives");
    }
}
