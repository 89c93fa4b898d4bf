namespace MetaReview.Statistics.Tests.Metafor;

/// <summary>
/// The (restricted) log-likelihood of the random-effects model as a function of tau², written out
/// directly (Viechtbauer 2005, eqs. 5 and 6, without constants), so tests can check that an estimate is
/// the maximum without using the engine's own code.
/// </summary>
internal static class ProfileLikelihood
{
    public static double Evaluate(double[] yi, double[] vi, double tau2, bool restricted)
    {
        double sw = 0, swy = 0, sumLog = 0;
        for (var i = 0; i < yi.Length; i++)
        {
            var w = 1 / (vi[i] + tau2);
            sw += w;
            swy += w * yi[i];
            sumLog += Math.Log(vi[i] + tau2);
        }

        var mu = swy / sw;
        double q = 0;
        for (var i = 0; i < yi.Length; i++)
        {
            q += (yi[i] - mu) * (yi[i] - mu) / (vi[i] + tau2);
        }

        return -0.5 * (sumLog + q + (restricted ? Math.Log(sw) : 0));
    }
}
