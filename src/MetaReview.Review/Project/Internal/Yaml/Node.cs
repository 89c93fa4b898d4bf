namespace MetaReview.Review.Project.Internal.Yaml;

/// <summary>
/// A node of a YAML document with the place it starts, so that every problem found while reading the
/// review file can name its line and column. Built by <see cref="YamlTreeReader"/>.
/// </summary>
internal abstract record Node(ReviewLocation Location)
{
    /// <summary>What the node is, in words for messages: "text", "a list", "a mapping (key: value pairs)".</summary>
    public abstract string Kind { get; }
}
