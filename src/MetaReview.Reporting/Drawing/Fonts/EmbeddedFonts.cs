using System.Collections.Concurrent;

namespace MetaReview.Reporting.Drawing.Fonts;

/// <summary>
/// The font family every plot uses: Liberation Sans 2.1.5 (SIL Open Font License 1.1), metric-compatible
/// with Arial and Helvetica, so an SVG viewer without it substitutes a font with the same widths.
/// The four faces and their metrics tables are assembly resources (see <c>tools/fonts/</c>).
/// </summary>
public static class EmbeddedFonts
{
    /// <summary>The family name the faces report and the PDF font resolver answers to.</summary>
    public const string FamilyName = "Liberation Sans";

    /// <summary>The CSS/SVG <c>font-family</c> list: the embedded family, then its metric twins.</summary>
    public const string CssFontFamily = "'Liberation Sans', Arial, Helvetica, sans-serif";

    private static readonly ConcurrentDictionary<string, FontMetrics> Metrics = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, byte[]> Files = new(StringComparer.Ordinal);

    /// <summary>"LiberationSans-Regular", "-Bold", "-Italic" or "-BoldItalic".</summary>
    public static string FaceName(bool bold, bool italic) =>
        "LiberationSans-" + (bold, italic) switch
        {
            (false, false) => "Regular",
            (true, false) => "Bold",
            (false, true) => "Italic",
            (true, true) => "BoldItalic",
        };

    public static IReadOnlyList<string> FaceNames { get; } =
        [FaceName(false, false), FaceName(true, false), FaceName(false, true), FaceName(true, true)];

    public static FontMetrics GetMetrics(bool bold, bool italic)
    {
        var face = FaceName(bold, italic);
        return Metrics.GetOrAdd(face, f =>
        {
            using var stream = Open(f + ".metrics");
            using var reader = new StreamReader(stream);
            return FontMetrics.Parse(reader.ReadToEnd(), f + ".metrics");
        });
    }

    /// <summary>The TrueType file of a face.</summary>
    public static ReadOnlyMemory<byte> GetFontFile(bool bold, bool italic) => GetFontFile(FaceName(bold, italic));

    /// <summary>The TrueType file of a face named by <see cref="FaceName"/>.</summary>
    public static ReadOnlyMemory<byte> GetFontFile(string faceName)
    {
        if (!FaceNames.Contains(faceName, StringComparer.Ordinal))
        {
            throw new ArgumentException($"no embedded face '{faceName}'; the faces are {string.Join(", ", FaceNames)}", nameof(faceName));
        }

        return Files.GetOrAdd(faceName, f =>
        {
            using var stream = Open(f + ".ttf");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    private static Stream Open(string file)
    {
        var name = "MetaReview.Fonts." + file;
        return typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font resource '{name}' is missing from {typeof(EmbeddedFonts).Assembly.GetName().Name}: the build did not embed src/MetaReview.Reporting/Drawing/Fonts/{file}");
    }
}
