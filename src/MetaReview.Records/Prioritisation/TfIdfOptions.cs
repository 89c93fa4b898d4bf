namespace MetaReview.Records.Prioritisation;

/// <summary>How term weights are computed.</summary>
public sealed record TfIdfOptions
{
    /// <summary>The defaults.</summary>
    public static TfIdfOptions Default { get; } = new();

    /// <summary>
    /// Use 1 + ln(tf) instead of the raw term count (Manning, Raghavan &amp; Schütze 2008, §6.4.1), so that a
    /// word repeated in a long abstract does not dominate. Default true.
    /// </summary>
    public bool SublinearTf { get; init; } = true;

    /// <summary>Terms in fewer documents than this get no feature. Default 1 (every term).</summary>
    public int MinDocumentFrequency { get; init; } = 1;
}
