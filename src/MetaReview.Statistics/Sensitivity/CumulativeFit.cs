namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// One step of a cumulative meta-analysis: the model fitted to the studies up to and including
/// <see cref="Added"/> (JSON <c>cumulative[]</c>: <c>added</c> and the fields of <see cref="SensitivityFit"/>).
/// metafor: one row of <c>cumul(res, order=)</c>.
/// </summary>
public sealed record CumulativeFit : SensitivityFit
{
    internal CumulativeFit(in SubsetSummary summary, int added)
        : base(summary)
    {
        Added = added;
    }

    /// <summary>Index (0-based, in input order) of the study added at this step.</summary>
    public int Added { get; init; }
}
