using System.Collections.Immutable;

namespace MetaReview.Statistics.SmallStudy;

/// <summary>
/// The PET-PEESE conditional estimate (Stanley and Doucouliagos 2014, doi:10.1002/jrsm.1095): PET's limit estimate
/// when its intercept is not significant, else PEESE's.
/// </summary>
public sealed record PetPeeseResult
{
    /// <summary>Number of studies.</summary>
    public required int K { get; init; }

    /// <summary>PET: weighted regression of yᵢ on seᵢ (weights 1/vᵢ). metafor: <c>regtest(res, model="lm")</c>.</summary>
    public required RegressionTestResult Pet { get; init; }

    /// <summary>PEESE: weighted regression of yᵢ on vᵢ. metafor: <c>regtest(res, model="lm", predictor="vi")</c>.</summary>
    public required RegressionTestResult Peese { get; init; }

    /// <summary>t statistic of PET's intercept (k − 2 df).</summary>
    public required double PetInterceptStatistic { get; init; }

    /// <summary>p-value of PET's intercept under the chosen <see cref="Decision"/>.</summary>
    public required double PetInterceptPValue { get; init; }

    /// <summary>Which test decided.</summary>
    public required PetPeeseDecision Decision { get; init; }

    /// <summary>True when PET's intercept was significant and PEESE's estimate is reported.</summary>
    public required bool UsesPeese { get; init; }

    /// <summary>The PET-PEESE estimate: PEESE's intercept when <see cref="UsesPeese"/>, else PET's.</summary>
    public required double Estimate { get; init; }

    /// <summary>Its standard error.</summary>
    public required double StandardError { get; init; }

    /// <summary>Lower confidence bound (t(k − 2)).</summary>
    public required double CiLower { get; init; }

    /// <summary>Upper confidence bound.</summary>
    public required double CiUpper { get; init; }

    /// <summary>Notes: fewer than 10 studies (Sterne et al. 2011), the rule applied.</summary>
    public ImmutableArray<string> Warnings { get; init; } = [];
}
