using System.Collections.Immutable;

namespace MetaReview.Review.Project.Internal.Yaml;

/// <summary>A list (YAML sequence) with its items in file order.</summary>
internal sealed record SequenceNode(ImmutableArray<Node> Items, ReviewLocation Location) : Node(Location)
{
    /// <inheritdoc />
    public override string Kind => "a list";
}
