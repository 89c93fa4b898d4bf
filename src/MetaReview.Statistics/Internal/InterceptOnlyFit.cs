namespace MetaReview.Statistics.Internal;

/// <summary>
/// The intercept-only model (p = 1): every trace has a closed form in power sums of the weights.
/// With S₁ = Σwᵢ, Pᵢⱼ = wᵢδᵢⱼ − wᵢwⱼ/S₁, so e.g. tr(PP) = Σwᵢ² − 2Σwᵢ³/S₁ + (Σwᵢ²)²/S₁².
/// </summary>
internal sealed class InterceptOnlyFit(double[] yi, double[] vi) : LinearFit(yi, vi)
{
    public override int P => 1;

    public override WlsSummary At(double tau2)
    {
        var y = Yi;
        var v = Vi;
        double sw = 0, swy = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1.0 / (v[i] + tau2);
            sw += w;
            swy += w * y[i];
        }

        var mu = swy / sw;
        double sw2 = 0, sw3 = 0, q = 0, ypp = 0, rss = 0, sw2v = 0, sw3v = 0, swv = 0, sw2v2 = 0, sw3v2 = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1.0 / (v[i] + tau2);
            var r = y[i] - mu;
            var w2 = w * w;
            var vi = v[i];
            sw2 += w2;
            sw3 += w2 * w;
            var wr2 = w * r * r;
            q += wr2;
            ypp += w * wr2;
            rss += r * r;
            swv += w * vi;
            sw2v += w2 * vi;
            sw3v += w2 * w * vi;
            sw2v2 += w2 * vi * vi;
            sw3v2 += w2 * w * vi * vi;
        }

        return Summary(sw, sw2, sw3, q, ypp, rss, swv, sw2v, sw3v, sw2v2, sw3v2, mu);
    }

    public override WlsSummary Ols()
    {
        var y = Yi;
        var v = Vi;
        var k = (double)y.Length;
        double sy = 0;
        for (var i = 0; i < y.Length; i++)
        {
            sy += y[i];
        }

        var mu = sy / k;
        double rss = 0, sv = 0, sv2 = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var r = y[i] - mu;
            rss += r * r;
            sv += v[i];
            sv2 += v[i] * v[i];
        }

        // All weights 1: Σw = Σw² = Σw³ = k.
        return Summary(k, k, k, rss, rss, rss, sv, sv, sv, sv2, sv2, mu);
    }

    public override double LogLikelihood(double tau2, bool restricted)
    {
        var s = At(tau2);
        double sumLog = 0;
        foreach (var vi in Vi)
        {
            sumLog += Math.Log(vi + tau2);
        }

        // metafor's convention: the REML log-likelihood includes + ½·log|X'X| (= ½·log k here).
        var k = K;
        return restricted
            ? -0.5 * ((k - 1) * Math.Log(2 * Math.PI) + sumLog + Math.Log(s.SumW) + s.Q) + 0.5 * Math.Log(k)
            : -0.5 * (k * Math.Log(2 * Math.PI) + sumLog + s.Q);
    }

    private static WlsSummary Summary(double sw, double sw2, double sw3, double q, double ypp, double rss,
        double swv, double sw2v, double sw3v, double sw2v2, double sw3v2, double mu) => new()
        {
            SumW = sw,
            SumW2 = sw2,
            Q = q,
            YPPy = ypp,
            Rss = rss,
            TrP = sw - sw2 / sw,
            TrPP = sw2 - 2 * sw3 / sw + sw2 * sw2 / (sw * sw),
            TrPV = swv - sw2v / sw,
            TrPVP = sw2v - 2 * sw3v / sw + sw2 * sw2v / (sw * sw),
            TrPVPV = sw2v2 - 2 * sw3v2 / sw + sw2v * sw2v / (sw * sw),
            Beta0 = mu,
        };
}
