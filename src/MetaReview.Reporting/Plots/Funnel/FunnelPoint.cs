namespace MetaReview.Reporting.Plots.Funnel;

/// <summary>
/// One study in a funnel plot: its estimate on the analysis scale (log for ratio measures, as metafor's <c>yi</c>)
/// and its standard error √vi.
/// </summary>
/// <param name="Label">The study, for the point's accessible title.</param>
/// <param name="Yi">The estimate on the analysis scale.</param>
/// <param name="StandardError">The standard error of <paramref name="Yi"/>, &gt; 0.</param>
public sealed record FunnelPoint(string Label, double Yi, double StandardError);
