namespace MetaReview.Records.Internal;

/// <summary>One line of a text export and its 1-based number.</summary>
internal readonly record struct TextLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
