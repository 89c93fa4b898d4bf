namespace MetaReview.Records.Screening;

/// <summary>How decisions become final.</summary>
public sealed record ScreeningRules
{
    /// <summary>One reviewer per record.</summary>
    public static ScreeningRules Default { get; } = new();

    /// <summary>
    /// How many reviewers must decide a record before their (agreeing) decision is final: 1 for single
    /// screening, 2 for independent dual screening. Default 1. Disagreeing decisions are a conflict whatever
    /// this number is.
    /// </summary>
    public int ReviewersPerRecord { get; init; } = 1;
}
