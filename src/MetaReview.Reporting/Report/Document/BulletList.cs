using System.Collections.Immutable;

namespace MetaReview.Reporting.Report.Document;

/// <summary>A bulleted list; each item is a run sequence.</summary>
/// <param name="Items">The items.</param>
public sealed record BulletList(ImmutableArray<ImmutableArray<Run>> Items) : Block
{
    /// <summary>A list of plain-text items.</summary>
    public static BulletList Of(IEnumerable<string> items) => new([.. items.Select(i => ImmutableArray.Create(new Run(i)))]);
}
