using System.Runtime.CompilerServices;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Tests.Snapshots;
using MetaReview.Reporting.Tests.Support;

namespace MetaReview.Reporting.Tests.Plots.Diagnostics;

/// <summary>What every diagnostic plot test checks of a scene: clean (no overlaps, well-formed), saved to the gallery, optionally a snapshot.</summary>
internal static class DiagnosticChecks
{
    /// <summary>Checks the scene, compares its SVG with the snapshot <paramref name="snapshot"/> when given, saves it to the gallery, and returns the SVG.</summary>
    public static string Check(Scene scene, string name, string? snapshot = null, [CallerFilePath] string callerFile = "")
    {
        var svg = PlotChecks.Svg(scene);
        PlotChecks.AssertClean(scene);
        if (snapshot is not null)
        {
            SnapshotAssert.Matches(svg, snapshot, callerFile: callerFile);
        }

        Gallery.Save(scene, name);
        return svg;
    }
}
