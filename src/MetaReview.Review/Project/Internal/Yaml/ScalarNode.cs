namespace MetaReview.Review.Project.Internal.Yaml;

/// <summary>A scalar as written: its text, or <see langword="null"/> for YAML null (<c>~</c>, <c>null</c> or nothing).</summary>
/// <param name="Value">The text of the scalar; null for a YAML null.</param>
/// <param name="IsQuoted">True when the scalar was quoted (then 'null' and '' are text, not null).</param>
/// <param name="Location">Where the scalar starts.</param>
internal sealed record ScalarNode(string? Value, bool IsQuoted, ReviewLocation Location) : Node(Location)
{
    /// <inheritdoc />
    public override string Kind => Value is null ? "nothing (null)" : "text";
}
