namespace MetaReview.Statistics.Sensitivity;

/// <summary>The intercept-only model fitted to one subset of studies by <see cref="SubsetFitter"/>.</summary>
internal readonly record struct SubsetSummary
{
    /// <summary>Number of studies in the subset.</summary>
    public int K { get; init; }

    /// <summary>The pooled estimate.</summary>
    public double Estimate { get; init; }

    /// <summary>Its standard error (HKSJ-scaled under the HKSJ test).</summary>
    public double StandardError { get; init; }

    /// <summary>z or t statistic.</summary>
    public double Statistic { get; init; }

    /// <summary>Degrees of freedom of t, or null for z.</summary>
    public double? Df { get; init; }

    /// <summary>Two-sided p-value.</summary>
    public double PValue { get; init; }

    /// <summary>Lower confidence bound.</summary>
    public double CiLower { get; init; }

    /// <summary>Upper confidence bound.</summary>
    public double CiUpper { get; init; }

    /// <summary>tau² (0 for the fixed-effect model).</summary>
    public double Tau2 { get; init; }

    /// <summary>Cochran's Q around the fixed-effect estimate.</summary>
    public double Q { get; init; }

    /// <summary>p-value of Q.</summary>
    public double QP { get; init; }

    /// <summary>I² (percent) on the basis of the model options.</summary>
    public double I2 { get; init; }

    /// <summary>H² on the same basis.</summary>
    public double H2 { get; init; }

    /// <summary>Σ 1/(vᵢ + tau²): the variance of the estimate is 1/SumW (times <see cref="Scale"/>).</summary>
    public double SumW { get; init; }

    /// <summary>Σ 1/vᵢ.</summary>
    public double FixedSumW { get; init; }

    /// <summary>The HKSJ factor s² = Σwᵢ(yᵢ − µ̂)²/(k − 1), or 1 under the z test.</summary>
    public double Scale { get; init; }

    /// <summary>Iterations of the tau² estimator (0 for closed forms).</summary>
    public int Iterations { get; init; }

    /// <summary>Whether the tau² estimator converged.</summary>
    public bool Converged { get; init; }
}
