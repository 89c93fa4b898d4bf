using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Rendering;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>
/// Writes a scene as SVG, PDF and PNG to the directory named by METAREVIEW_GALLERY, so that a person
/// can look at every plot the tests build (e.g. METAREVIEW_GALLERY=/tmp/gallery dotnet test ...).
/// Does nothing when the variable is unset.
/// </summary>
internal static class Gallery
{
    public static void Save(Scene scene, string name)
    {
        var dir = Environment.GetEnvironmentVariable("METAREVIEW_GALLERY");
        if (string.IsNullOrWhiteSpace(dir))
        {
            return;
        }

        PlotExporter.Export(scene, dir, name, pngDpi: 150);
    }
}
