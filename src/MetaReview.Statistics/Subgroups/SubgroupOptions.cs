namespace MetaReview.Statistics.Subgroups;

/// <summary>Settings of a subgroup analysis (the model itself is set by <see cref="Models.ModelOptions"/>).</summary>
public sealed record SubgroupOptions
{
    /// <summary>Separate tau² per subgroup (default) or a common residual tau².</summary>
    public SubgroupTau2 Tau2 { get; init; } = SubgroupTau2.Separate;

    /// <summary>
    /// The order in which subgroups are reported, or <see langword="null"/> for sorted order: numerically when every
    /// label is a number (as R sorts the levels of a numeric factor), else ordinally (R's <c>factor()</c> in the C
    /// locale). Levels listed but absent from the data are skipped.
    /// </summary>
    public IReadOnlyList<string>? LevelOrder { get; init; }

    /// <summary>Separate tau², sorted levels.</summary>
    public static SubgroupOptions Default { get; } = new();
}
