using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing;

/// <summary>
/// A group of elements with an optional accessible title and description (SVG <c>&lt;title&gt;</c>
/// and <c>&lt;desc&gt;</c>, read by screen readers and shown as tooltips).
/// </summary>
public sealed record GroupElement : Element
{
    public required ImmutableArray<Element> Children { get; init; }

    public string? Title { get; init; }

    public string? Description { get; init; }
}
