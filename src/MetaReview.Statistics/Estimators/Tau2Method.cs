namespace MetaReview.Statistics.Estimators;

/// <summary>Estimators of the between-study variance tau², named as in metafor's <c>rma(method=)</c>.</summary>
public enum Tau2Method
{
    /// <summary>DerSimonian–Laird method of moments (DerSimonian and Laird 1986).</summary>
    DL,

    /// <summary>Restricted maximum likelihood (Viechtbauer 2005).</summary>
    REML,

    /// <summary>Maximum likelihood (Hardy and Thompson 1996).</summary>
    ML,

    /// <summary>Paule–Mandel generalised Q estimator (Paule and Mandel 1982).</summary>
    PM,

    /// <summary>Empirical Bayes (Morris 1983; Berkey et al. 1995); converges to the same value as PM.</summary>
    EB,

    /// <summary>Hedges' unweighted method of moments ("HE", Hedges and Olkin 1985).</summary>
    HE,

    /// <summary>Sidik–Jonkman (Sidik and Jonkman 2005).</summary>
    SJ,

    /// <summary>Hunter–Schmidt (Hunter and Schmidt 2004): (Q − k)/Σwᵢ.</summary>
    HS,
}
