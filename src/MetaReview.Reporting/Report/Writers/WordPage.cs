namespace MetaReview.Reporting.Report.Writers;

/// <summary>The Word report's page: A4 portrait with 2.5 cm margins, in twentieths of a point (twips).</summary>
internal static class WordPage
{
    public const int WidthTwips = 11906;
    public const int HeightTwips = 16838;
    public const int MarginTwips = 1418;

    /// <summary>The width between the margins: 9,070 twips (453.5 pt).</summary>
    public const int TextWidthTwips = WidthTwips - 2 * MarginTwips;

    /// <summary>The height between the margins: 14,002 twips (700.1 pt).</summary>
    public const int TextHeightTwips = HeightTwips - 2 * MarginTwips;
}
