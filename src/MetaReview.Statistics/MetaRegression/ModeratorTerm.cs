namespace MetaReview.Statistics.MetaRegression;

/// <summary>One term of a moderator formula: a column entered as itself or as <c>factor(column)</c>.</summary>
/// <param name="Column">The moderator column it refers to.</param>
/// <param name="IsFactor">True when written <c>factor(column)</c>.</param>
public sealed record ModeratorTerm(string Column, bool IsFactor)
{
    /// <summary>The term as written in the formula, e.g. <c>ablat</c> or <c>factor(alloc)</c>; R's term label.</summary>
    public string Label => IsFactor ? $"factor({Column})" : Column;

    /// <inheritdoc />
    public override string ToString() => Label;
}
