namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// Outlier and influence diagnostics of one study (Viechtbauer and Cheung 2010, doi:10.1002/jrsm.11), as
/// metafor's <c>influence(res)</c> reports them. JSON <c>influence[]</c>: <c>study</c>, <c>rstudent</c>,
/// <c>dffits</c>, <c>cook_d</c>, <c>cov_r</c>, <c>tau2_del</c>, <c>qe_del</c>, <c>hat</c>,
/// <c>weight_percent</c>, <c>dfbetas</c>, <c>influential</c>.
/// <para>
/// Notation: µ̂, tau², Var(µ̂) from the full model; µ̂₍₋ᵢ₎, tau²₍₋ᵢ₎ from the model without study i; s²₍₋ᵢ₎ the
/// HKSJ factor of that model (1 under the z test); wⱼ(t) = 1/(vⱼ + t).
/// </para>
/// </summary>
public sealed record StudyInfluence
{
    /// <summary>Index of the study (0-based, input order).</summary>
    public required int Study { get; init; }

    /// <summary>
    /// Externally studentized residual (yᵢ − µ̂₍₋ᵢ₎) / √(s²₍₋ᵢ₎·(vᵢ + tau²₍₋ᵢ₎ + 1/Σⱼ≠ᵢ wⱼ(tau²₍₋ᵢ₎))).
    /// metafor: <c>rstudent(res)</c>.
    /// </summary>
    public required double RStudent { get; init; }

    /// <summary>DFFITS: (µ̂ − µ̂₍₋ᵢ₎) / √(s²₍₋ᵢ₎·hᵢ·(tau²₍₋ᵢ₎ + vᵢ)).</summary>
    public required double Dffits { get; init; }

    /// <summary>Cook's distance: (µ̂ − µ̂₍₋ᵢ₎)² / Var(µ̂). metafor: <c>cooks.distance(res)</c>.</summary>
    public required double CookD { get; init; }

    /// <summary>Covariance ratio Var(µ̂₍₋ᵢ₎) / Var(µ̂); below 1 means the study's removal makes µ̂ more precise.</summary>
    public required double CovR { get; init; }

    /// <summary>tau² estimated without the study (0 for the fixed-effect model).</summary>
    public required double Tau2Del { get; init; }

    /// <summary>Cochran's Q without the study.</summary>
    public required double QeDel { get; init; }

    /// <summary>Hat value hᵢ = wᵢ(tau²)/Σⱼ wⱼ(tau²). metafor: <c>hatvalues(res)</c>.</summary>
    public required double Hat { get; init; }

    /// <summary>Weight in percent, 100·hᵢ. metafor: <c>weights(res)</c>.</summary>
    public required double WeightPercent { get; init; }

    /// <summary>
    /// DFBETAS of the intercept: (µ̂ − µ̂₍₋ᵢ₎) / √(s²₍₋ᵢ₎ / Σⱼ wⱼ(tau²₍₋ᵢ₎)), the sum over all k studies.
    /// metafor: <c>dfbetas(res)</c>.
    /// </summary>
    public required double Dfbetas { get; init; }

    /// <summary>
    /// metafor's flag: |DFFITS| &gt; 3√(p/(k − p)), or P(χ²ₚ ≤ Cook's distance) &gt; 0.5, or hᵢ &gt; 3p/k, or
    /// |DFBETAS| &gt; 1 (p = 1).
    /// </summary>
    public required bool Influential { get; init; }
}
