namespace MetaReview.Review.Project.Internal.Yaml;

/// <summary>One <c>key: value</c> pair of a mapping; the key is kept as a node for its location.</summary>
internal sealed record MappingEntry(ScalarNode Key, Node Value)
{
    /// <summary>The key's text ("" for a null key).</summary>
    public string Name => Key.Value ?? "";
}
