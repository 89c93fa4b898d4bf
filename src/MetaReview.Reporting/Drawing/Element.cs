namespace MetaReview.Reporting.Drawing;

/// <summary>Something drawn on a <see cref="Scene"/>. Elements are immutable; build them with a <see cref="Canvas"/>.</summary>
public abstract record Element
{
    /// <summary>Optional identifier, written as the SVG <c>id</c> (must be unique within a scene).</summary>
    public string? Id { get; init; }

    /// <summary>Opacity from 0 (invisible) to 1 (opaque).</summary>
    public double Opacity { get; init; } = 1;
}
