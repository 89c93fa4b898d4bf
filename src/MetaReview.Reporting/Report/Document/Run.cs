namespace MetaReview.Reporting.Report.Document;

/// <summary>A piece of text with one style.</summary>
/// <param name="Text">The text (plain; writers escape it).</param>
/// <param name="Bold">Bold.</param>
/// <param name="Italic">Italic.</param>
public sealed record Run(string Text, bool Bold = false, bool Italic = false)
{
    /// <summary>Plain text.</summary>
    public static implicit operator Run(string text) => new(text);

    /// <summary>Plain text (named alternative to the implicit conversion).</summary>
    public static Run FromString(string text) => new(text);
}
