using MetaReview.Reporting.Drawing.Fonts;
using PdfSharp.Fonts;

namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>
/// Serves the embedded Liberation Sans faces to PDFsharp, which on Linux has no access to system fonts.
/// Other families are declined (null) so that a resolver installed by the host application still works.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();

    public static EmbeddedFontResolver Instance { get; } = new();

    /// <summary>
    /// Installs the resolver once. PDFsharp allows one global resolver, set before first use: if the host
    /// application has installed its own, ours becomes the fallback resolver.
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (ReferenceEquals(GlobalFontSettings.FontResolver, Instance) || ReferenceEquals(GlobalFontSettings.FallbackFontResolver, Instance))
            {
                return;
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
            else if (GlobalFontSettings.FallbackFontResolver is null)
            {
                GlobalFontSettings.FallbackFontResolver = Instance;
            }
            else
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has a font resolver ({GlobalFontSettings.FontResolver.GetType().Name}) and a fallback resolver "
                    + $"({GlobalFontSettings.FallbackFontResolver.GetType().Name}); MetaReview cannot install the resolver for its embedded font '{EmbeddedFonts.FamilyName}'. "
                    + "Let one of them delegate to MetaReview's, or leave the fallback unset.");
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, EmbeddedFonts.FamilyName, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(EmbeddedFonts.FaceName(bold, italic))
            : null;

    public byte[]? GetFont(string faceName) =>
        EmbeddedFonts.FaceNames.Contains(faceName, StringComparer.Ordinal)
            ? EmbeddedFonts.GetFontFile(faceName).ToArray()
            : null;
}
