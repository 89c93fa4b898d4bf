namespace MetaReview.Reporting.Drawing;

/// <summary>
/// A single line of text. <see cref="Position"/> is the anchor point: <see cref="Anchor"/> says where
/// along the advance, <see cref="Baseline"/> which height. The text is drawn as given (any characters;
/// renderers escape it); control characters are shown as spaces.
/// </summary>
public sealed record TextElement : Element
{
    public required string Text { get; init; }

    public required Point Position { get; init; }

    public required TextStyle Style { get; init; }

    public TextAnchor Anchor { get; init; } = TextAnchor.Start;

    public TextBaseline Baseline { get; init; } = TextBaseline.Alphabetic;

    /// <summary>Rotation in degrees about <see cref="Position"/>, clockwise on screen (−90 reads bottom to top).</summary>
    public double Rotation { get; init; }
}
