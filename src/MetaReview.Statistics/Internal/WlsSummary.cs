namespace MetaReview.Statistics.Internal;

/// <summary>
/// Sums and traces of a weighted least-squares fit y = Xβ + e with weights w, where
/// P = W − WX(X'WX)⁻¹X'W. Everything the tau² estimators and their standard errors need, computed in
/// O(k·p²) without forming k×k matrices.
/// </summary>
internal readonly record struct WlsSummary
{
    /// <summary>Σwᵢ.</summary>
    public required double SumW { get; init; }

    /// <summary>Σwᵢ².</summary>
    public required double SumW2 { get; init; }

    /// <summary>y'Py = Σwᵢrᵢ², the (generalised) Q statistic.</summary>
    public required double Q { get; init; }

    /// <summary>y'PPy = Σwᵢ²rᵢ².</summary>
    public required double YPPy { get; init; }

    /// <summary>Σrᵢ² (unweighted residual sum of squares).</summary>
    public required double Rss { get; init; }

    /// <summary>tr(P).</summary>
    public required double TrP { get; init; }

    /// <summary>tr(PP) = Σᵢⱼ Pᵢⱼ².</summary>
    public required double TrPP { get; init; }

    /// <summary>tr(PV) with V = diag(vᵢ).</summary>
    public required double TrPV { get; init; }

    /// <summary>tr(PVP).</summary>
    public required double TrPVP { get; init; }

    /// <summary>tr(PVPV).</summary>
    public required double TrPVPV { get; init; }

    /// <summary>The intercept (p = 1) or first coefficient.</summary>
    public required double Beta0 { get; init; }
}
