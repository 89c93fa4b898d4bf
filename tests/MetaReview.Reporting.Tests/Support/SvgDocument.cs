using System.Xml.Linq;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>Parses rendered SVG with XDocument (so malformed output fails) and reads it back.</summary>
internal static class SvgDocument
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string svg) => XDocument.Parse(svg, LoadOptions.PreserveWhitespace);

    /// <summary>The content of every &lt;text&gt; element, in document order.</summary>
    public static List<string> Texts(string svg) => [.. Parse(svg).Descendants(Svg + "text").Select(t => t.Value)];
}
