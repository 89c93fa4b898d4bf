namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// The intercept-only model refitted to a subset of the studies (one row of a leave-one-out or cumulative
/// meta-analysis). Values are on the analysis scale; names follow the JSON keys (<c>estimate</c>, <c>se</c>,
/// <c>ci_lower</c>, <c>ci_upper</c>, <c>tau2</c>, <c>i2</c>, <c>q</c>). metafor: one row of
/// <c>leave1out(res)</c> or <c>cumul(res)</c>.
/// </summary>
public abstract record SensitivityFit
{
    private protected SensitivityFit(in SubsetSummary s)
    {
        K = s.K;
        Estimate = s.Estimate;
        StandardError = s.StandardError;
        Statistic = s.Statistic;
        Df = s.Df;
        PValue = s.PValue;
        CiLower = s.CiLower;
        CiUpper = s.CiUpper;
        Tau2 = s.Tau2;
        I2 = s.I2;
        H2 = s.H2;
        Q = s.Q;
        QP = s.QP;
    }

    /// <summary>Number of studies in this fit.</summary>
    public int K { get; init; }

    /// <summary>The pooled estimate.</summary>
    public double Estimate { get; init; }

    /// <summary>Its standard error (HKSJ-scaled under the HKSJ test).</summary>
    public double StandardError { get; init; }

    /// <summary>z statistic, or t with <see cref="Df"/> degrees of freedom under HKSJ.</summary>
    public double Statistic { get; init; }

    /// <summary>Degrees of freedom of the t statistic (k − 1), or <see langword="null"/> for z.</summary>
    public double? Df { get; init; }

    /// <summary>Two-sided p-value of <see cref="Statistic"/>.</summary>
    public double PValue { get; init; }

    /// <summary>Lower confidence bound.</summary>
    public double CiLower { get; init; }

    /// <summary>Upper confidence bound.</summary>
    public double CiUpper { get; init; }

    /// <summary>Between-study variance (0 for the fixed-effect model and for a single study).</summary>
    public double Tau2 { get; init; }

    /// <summary>I² in percent (from tau² or from Q, as the model options say).</summary>
    public double I2 { get; init; }

    /// <summary>H² on the same basis as <see cref="I2"/>.</summary>
    public double H2 { get; init; }

    /// <summary>Cochran's Q around the fixed-effect estimate of these studies.</summary>
    public double Q { get; init; }

    /// <summary>p-value of Q (chi-square with k − 1 df; 1 for a single study).</summary>
    public double QP { get; init; }
}
