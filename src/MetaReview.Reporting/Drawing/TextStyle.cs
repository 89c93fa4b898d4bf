namespace MetaReview.Reporting.Drawing;

/// <summary>Font size in points, weight, slant and colour of a text. The family is the embedded one (see <see cref="Fonts.EmbeddedFonts"/>).</summary>
public sealed record TextStyle
{
    public TextStyle(double size, bool bold = false, bool italic = false)
    {
        if (!(size > 0) || double.IsInfinity(size))
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"font size must be > 0 points, got {size}");
        }

        Size = size;
        Bold = bold;
        Italic = italic;
    }

    public double Size { get; }

    public bool Bold { get; init; }

    public bool Italic { get; init; }

    public Color Color { get; init; } = Color.Black;

    public TextStyle WithSize(double size) => new(size, Bold, Italic) { Color = Color };

    public TextStyle AsBold() => this with { Bold = true };

    public TextStyle AsItalic() => this with { Italic = true };

    public TextStyle WithColor(Color color) => this with { Color = color };
}
