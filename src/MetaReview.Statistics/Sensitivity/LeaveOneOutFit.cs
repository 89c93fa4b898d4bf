namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// The model fitted without one study (JSON <c>leave_one_out[]</c>: <c>omitted</c> and the fields of
/// <see cref="SensitivityFit"/>). metafor: one row of <c>leave1out(res)</c>.
/// </summary>
public sealed record LeaveOneOutFit : SensitivityFit
{
    internal LeaveOneOutFit(in SubsetSummary summary, int omitted)
        : base(summary)
    {
        Omitted = omitted;
    }

    /// <summary>Index (0-based, in input order) of the study left out.</summary>
    public int Omitted { get; init; }
}
