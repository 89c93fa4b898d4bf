using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Axes;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Drawing;

public class LayoutTests
{
    private static readonly TextStyle Cell = new(9);
    private static readonly TextStyle Header = new(9, bold: true);

    /// <summary>The left half of a RevMan forest plot, with the studies of Cochrane review CD005229 (Dal Bello-Haas &amp; Florence 2013).</summary>
    [Fact]
    public void Columns_AreAsWideAsTheirWidestCell_AndNeverOverlap()
    {
        var columns = new[]
        {
            new ColumnSpec("Study or Subgroup"),
            new ColumnSpec("Mean", TextAnchor.End),
            new ColumnSpec("Total", TextAnchor.End),
            new ColumnSpec("Forest plot", TextAnchor.Middle) { FixedWidth = 150 },
        };
        string?[][] rows =
        [
            ["Drory 2001", "-", "14", null],
            ["Dal Bello-Haas 2007 (home-based resistance exercise)", "-", "13", null],
        ];
        var m = TextMeasurer.Default;
        var placed = ColumnLayout.Arrange(columns, rows, Cell, Header, left: 10, gap: 8);
        Assert.Equal(m.Width(rows[1][0]!, Cell), placed[0].Width, 12);
        Assert.Equal(m.Width("Mean", Header), placed[1].Width, 12);
        Assert.Equal(150, placed[3].Width);
        Assert.Equal(10, placed[0].Left);
        for (var i = 1; i < placed.Length; i++)
        {
            Assert.Equal(placed[i - 1].Right + 8, placed[i].Left, 12);
        }

        var canvas = new Canvas(placed[^1].Right + 10, 60);
        for (var c = 0; c < columns.Length; c++)
        {
            canvas.Text(columns[c].Header, placed[c].AnchorX, 15, Header, placed[c].Alignment);
            for (var r = 0; r < rows.Length; r++)
            {
                if (rows[r][c] is { } text)
                {
                    canvas.Text(text, placed[c].AnchorX, 30 + 12 * r, Cell, placed[c].Alignment);
                }
            }
        }

        PlotChecks.AssertClean(canvas.ToScene());
    }

    [Fact]
    public void Overlaps_AreFound_TouchingIsNot()
    {
        var m = TextMeasurer.Default;
        var canvas = new Canvas(300, 50);
        canvas.Text("Smith 2001", 10, 20, Cell);
        canvas.Text("Jones 2003", 10 + m.Width("Smith 2001", Cell), 20, Cell);
        Assert.Empty(SceneText.Overlaps(canvas.ToScene()));
        canvas.Text("Brown", 35, 22, Cell);
        var overlaps = SceneText.Overlaps(canvas.ToScene());
        Assert.Equal(2, overlaps.Count);
        Assert.All(overlaps, o => Assert.Contains("Brown", o.First.Text.Text + o.Second.Text.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void TextBlock_StacksLinesWithoutOverlap_AndMeasuresItsHeight()
    {
        var m = TextMeasurer.Default;
        var block = TextBlock.Create([new TextParagraph("Reports excluded:", Cell), new TextParagraph("Wrong population in a fairly long reason that wraps (n\u00A0=\u00A012)", Cell, 8)], 120, m);
        Assert.Equal(m.Ascent(Cell) + (block.Lines.Length - 1) * 1.2 * 9 + m.Descent(Cell), block.Height, 9);
        var canvas = new Canvas(140, block.Height + 20);
        block.Draw(canvas, 10, 10);
        PlotChecks.AssertClean(canvas.ToScene());
        Assert.All(SceneText.Boxes(canvas.ToScene()), b => Assert.True(b.Bounds.Top >= 10 - 1e-9 && b.Bounds.Bottom <= 10 + block.Height + 1e-9));
    }

    [Fact]
    public void TextBlock_PlainText_JoinsWrappedLinesAndSeparatesParagraphs()
    {
        var block = TextBlock.Create(
            [new TextParagraph("Records removed before screening:", Cell), new TextParagraph("Duplicate records removed (n = 23)", Cell, 8), new TextParagraph("Records removed for other reasons (n = 4)", Cell, 8)],
            90,
            TextMeasurer.Default);
        Assert.True(block.Lines.Length > 3);
        Assert.Equal("Records removed before screening: Duplicate records removed (n = 23); Records removed for other reasons (n = 4)", block.PlainText());
    }

    [Fact]
    public void Axis_DenseTicks_AreThinnedUntilLabelsDoNotOverlap()
    {
        var canvas = new Canvas(200, 60);
        var axis = new Axis(Scale.Log(0.001, 1000, 20, 180), [.. NiceTicks.Log(0.001, 1000, maxTicks: 30).Select(v => new Tick(v, NiceTicks.Format(v)))]);
        var bottom = AxisPainter.DrawHorizontal(canvas, axis, 10, new AxisStyle(Cell, new Stroke(Color.Black)), "Risk ratio");
        var scene = canvas.ToScene();
        PlotChecks.AssertClean(scene);
        var labels = SceneText.Boxes(scene).Select(b => b.Text.Text).ToList();
        Assert.Equal("0.001", labels[0]);
        Assert.Contains("Risk ratio", labels);
        Assert.True(labels.Count < axis.Ticks.Length + 1);
        Assert.True(bottom > 10);
    }

    [Fact]
    public void Canvas_RefusesToFinishWithAnOpenGroup()
    {
        var canvas = new Canvas(10, 10);
        _ = canvas.Group("open");
        var e = Assert.Throws<InvalidOperationException>(() => canvas.ToScene());
        Assert.Equal("1 group(s) still open: dispose the scopes Group() returned before ToScene()", e.Message);
    }
}
