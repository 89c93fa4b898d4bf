using System.Collections.Immutable;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>What an influence panel shows: one row per study and the full model's values the panels refer to.</summary>
/// <param name="Rows">One row per study, in input order (the studies are numbered 1 to k in this order).</param>
/// <param name="Tau2">tau² of the model with every study (the reference line of the tau² panel).</param>
/// <param name="Q">Cochran's Q of the model with every study (the reference line of the Q panel).</param>
/// <param name="P">Number of model coefficients (1 for an intercept-only model), for the cut-offs.</param>
public sealed record InfluenceInput(ImmutableArray<InfluenceRow> Rows, double Tau2, double Q, int P = 1);
