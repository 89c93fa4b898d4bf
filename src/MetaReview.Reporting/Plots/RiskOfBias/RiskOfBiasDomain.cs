namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>A domain of a risk-of-bias tool: a short code for column headers ("D1") and its full name for the legend.</summary>
public sealed record RiskOfBiasDomain(string Code, string Name);
