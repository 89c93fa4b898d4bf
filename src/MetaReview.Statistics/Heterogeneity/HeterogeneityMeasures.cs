namespace MetaReview.Statistics.Heterogeneity;

/// <summary>
/// I² and H² from Q (Higgins and Thompson 2002, doi:10.1002/sim.1186) or from tau² and the typical
/// within-study variance s² = (k − p)/tr(P) (metafor), where for p = 1 s² = (k − 1)Σw/((Σw)² − Σw²).
/// </summary>
public static class HeterogeneityMeasures
{
    /// <summary>I² = 100·max(0, (Q − df)/Q); 0 when df = 0 or Q = 0.</summary>
    public static double I2FromQ(double q, int df) => df < 1 || q <= 0 ? 0 : 100 * Math.Max(0, (q - df) / q);

    /// <summary>H² = Q/df; 1 when df = 0.</summary>
    public static double H2FromQ(double q, int df) => df < 1 ? 1 : q / df;

    /// <summary>I² = 100·tau²/(tau² + s²).</summary>
    public static double I2FromTau2(double tau2, double typicalVariance) => 100 * tau2 / (tau2 + typicalVariance);

    /// <summary>H² = (tau² + s²)/s².</summary>
    public static double H2FromTau2(double tau2, double typicalVariance) => (tau2 + typicalVariance) / typicalVariance;
}
