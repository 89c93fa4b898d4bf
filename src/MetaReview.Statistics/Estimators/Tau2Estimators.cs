namespace MetaReview.Statistics.Estimators;

/// <summary>The tau² estimators by method.</summary>
public static class Tau2Estimators
{
    private static readonly ITau2Estimator[] All =
    [
        new DerSimonianLaird(),
        new RestrictedMaximumLikelihood(),
        new MaximumLikelihood(),
        new PauleMandel(),
        new EmpiricalBayes(),
        new HedgesOlkin(),
        new SidikJonkman(),
        new HunterSchmidt(),
    ];

    /// <summary>The estimator for a method.</summary>
    public static ITau2Estimator For(Tau2Method method) => All[(int)method];
}
