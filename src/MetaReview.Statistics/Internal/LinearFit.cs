namespace MetaReview.Statistics.Internal;

/// <summary>
/// Weighted least-squares machinery for a (meta-regression) model with known sampling variances.
/// Implementations: <see cref="InterceptOnlyFit"/> (p = 1, closed forms) and, for moderators, a
/// regression fit with p &gt; 1. All work is O(k·p²) time and O(k) memory.
/// </summary>
internal abstract class LinearFit
{
    private protected LinearFit(double[] yi, double[] vi)
    {
        Yi = yi;
        Vi = vi;
        double sumW = 0;
        foreach (var v in vi)
        {
            sumW += 1 / v;
        }

        TypicalVariance = vi.Length / sumW;
    }

    /// <summary>Effect sizes.</summary>
    public double[] Yi { get; }

    /// <summary>Sampling variances.</summary>
    public double[] Vi { get; }

    /// <summary>Number of studies.</summary>
    public int K => Yi.Length;

    /// <summary>The harmonic mean of the sampling variances, k / Σ(1/vᵢ): the scale of the data.</summary>
    public double TypicalVariance { get; }

    /// <summary>Number of coefficients (1 for intercept-only).</summary>
    public abstract int P { get; }

    /// <summary>The fit with weights wᵢ = 1/(vᵢ + tau²).</summary>
    public abstract WlsSummary At(double tau2);

    /// <summary>
    /// Only Q = y'Py and y'PPy at tau² (what the Q-profile needs): the same values as <see cref="At"/>, which
    /// implementations may compute with less work.
    /// </summary>
    public virtual (double Q, double YPPy) QAt(double tau2)
    {
        var s = At(tau2);
        return (s.Q, s.YPPy);
    }

    /// <summary>
    /// Only y'PPy, tr(P) and tr(PP) at tau² (what REML's Fisher scoring needs): the same values as <see cref="At"/>,
    /// which implementations may compute with less work.
    /// </summary>
    public virtual (double YPPy, double TrP, double TrPP) ScoringAt(double tau2)
    {
        var s = At(tau2);
        return (s.YPPy, s.TrP, s.TrPP);
    }

    /// <summary>The unweighted (ordinary least-squares) fit, wᵢ = 1.</summary>
    public abstract WlsSummary Ols();

    /// <summary>The (restricted) profile log-likelihood at tau² (used to compare candidate optima).</summary>
    public abstract double LogLikelihood(double tau2, bool restricted);
}
