using System.Text;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Drawing.Rendering;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>Checks every rendered plot must pass.</summary>
internal static class PlotChecks
{
    /// <summary>No two texts overlap, no text leaves the page, and the SVG is well-formed XML.</summary>
    public static void AssertClean(Scene scene)
    {
        var overlaps = SceneText.Overlaps(scene);
        Assert.True(overlaps.Count == 0, "overlapping texts:\n" + string.Join("\n", overlaps));
        var outside = SceneText.OutsidePage(scene);
        Assert.True(outside.Count == 0, "texts outside the page:\n" + string.Join("\n", outside.Select(b => $"'{b.Text.Text}' {b.Bounds}")));
        SvgDocument.Parse(SvgRenderer.Render(scene));
    }

    public static string Svg(Scene scene) => SvgRenderer.Render(scene);

    public static string Ascii(byte[] bytes, int count) => Encoding.ASCII.GetString(bytes, 0, Math.Min(count, bytes.Length));
}
