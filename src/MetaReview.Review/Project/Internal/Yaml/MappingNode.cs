using System.Collections.Immutable;

namespace MetaReview.Review.Project.Internal.Yaml;

/// <summary>A mapping with its entries in file order (duplicate keys are reported by the reader and only the first kept).</summary>
internal sealed record MappingNode(ImmutableArray<MappingEntry> Entries, ReviewLocation Location) : Node(Location)
{
    /// <inheritdoc />
    public override string Kind => "a mapping (key: value pairs)";

    /// <summary>The entry with exactly this key, or <see langword="null"/>.</summary>
    public MappingEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Name == key)
            {
                return entry;
            }
        }

        return null;
    }
}
