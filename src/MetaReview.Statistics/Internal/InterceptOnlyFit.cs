namespace MetaReview.Statistics.Internal;

/// <summary>
/// The intercept-only model (p = 1): every trace has a closed form in the weights. With S = Σwᵢ and
/// P = W − ww'/S, Pᵢᵢ = wᵢ·S₋ᵢ/S and Pᵢⱼ = −wᵢwⱼ/S (i ≠ j), where S₋ᵢ = Σⱼ≠ᵢ wⱼ.
/// <para>
/// The traces are summed from these entries, so every term is non-negative. The textbook power-sum forms
/// (e.g. tr(PP) = Σwᵢ² − 2Σwᵢ³/S + (Σwᵢ²)²/S²) cancel catastrophically when one weight dominates: with
/// variances from 1e-8 to 1e6 they lost six digits of tr(PP) and of the DL standard error. S₋ᵢ is
/// S − wᵢ except for the heaviest study, whose S₋ᵢ is summed directly; the cross sums Σᵢ≠ⱼ are
/// accumulated as 2Σᵢ&lt;ⱼ with running prefix sums.
/// </para>
/// </summary>
internal sealed class InterceptOnlyFit : LinearFit
{
    /// <summary>The study with the smallest variance: the largest weight 1/(vᵢ + tau²) for every tau².</summary>
    private readonly int _heaviest;

    public InterceptOnlyFit(double[] yi, double[] vi)
        : base(yi, vi)
    {
        for (var i = 1; i < vi.Length; i++)
        {
            if (vi[i] < vi[_heaviest])
            {
                _heaviest = i;
            }
        }
    }

    public override int P => 1;

    public override WlsSummary At(double tau2) => Summarise(tau2, weighted: true);

    public override (double Q, double YPPy) QAt(double tau2)
    {
        var (_, _, mu) = Centre(tau2, weighted: true);
        var y = Yi;
        var v = Vi;
        double q = 0, ypp = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1.0 / (v[i] + tau2);
            var wr2 = w * (y[i] - mu) * (y[i] - mu);
            q += wr2;
            ypp += w * wr2;
        }

        return (q, ypp);
    }

    // All weights 1 (ordinary least squares).
    public override WlsSummary Ols() => Summarise(0, weighted: false);

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

    public override (double YPPy, double TrP, double TrPP) ScoringAt(double tau2)
    {
        var (sw, swOthers, mu) = Centre(tau2, weighted: true);
        var y = Yi;
        var v = Vi;
        double ypp = 0, trP = 0, diagPP = 0, prefixW2 = 0, crossW2 = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = 1.0 / (v[i] + tau2);
            var others = i == _heaviest ? swOthers : sw - w; // S₋ᵢ
            var r = y[i] - mu;
            var w2 = w * w;
            ypp += w2 * r * r;
            trP += w * others;
            diagPP += w2 * (others * others);
            crossW2 += w2 * prefixW2;
            prefixW2 += w2;
        }

        return (ypp, trP / sw, (diagPP + 2 * crossW2) / (sw * sw));
    }

    /// <summary>Σwᵢ, S₋ᵢ of the heaviest study, and the weighted mean.</summary>
    private (double SumW, double SumWOthers, double Mean) Centre(double tau2, bool weighted)
    {
        var y = Yi;
        var v = Vi;
        double sw = 0, swy = 0, swOthers = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = weighted ? 1.0 / (v[i] + tau2) : 1.0;
            sw += w;
            swy += w * y[i];
            if (i != _heaviest)
            {
                swOthers += w;
            }
        }

        return (sw, swOthers, swy / sw);
    }

    private WlsSummary Summarise(double tau2, bool weighted)
    {
        var y = Yi;
        var v = Vi;
        var heaviest = _heaviest;
        var (sw, swOthers, mu) = Centre(tau2, weighted);
        double sw2 = 0, q = 0, ypp = 0, rss = 0, trP = 0, trPV = 0;
        double diagPP = 0, diagPVP = 0, diagPVPV = 0;
        double prefixW2 = 0, prefixB = 0, crossW2 = 0, crossW2B = 0, crossB = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var w = weighted ? 1.0 / (v[i] + tau2) : 1.0;
            var others = i == heaviest ? swOthers : sw - w; // S₋ᵢ
            var others2 = others * others;
            var r = y[i] - mu;
            var w2 = w * w;
            var b = w2 * v[i]; // wᵢ²vᵢ
            sw2 += w2;
            q += w * r * r;
            ypp += w2 * r * r;
            rss += r * r;
            trP += w * others;
            trPV += w * v[i] * others;
            diagPP += w2 * others2;
            diagPVP += b * others2;
            diagPVPV += b * v[i] * others2;
            crossW2 += w2 * prefixW2;
            crossW2B += w2 * prefixB + b * prefixW2;
            crossB += b * prefixB;
            prefixW2 += w2;
            prefixB += b;
        }

        var sws = sw * sw;
        return new WlsSummary
        {
            SumW = sw,
            SumW2 = sw2,
            Q = q,
            YPPy = ypp,
            Rss = rss,
            TrP = trP / sw,
            TrPP = (diagPP + 2 * crossW2) / sws,
            TrPV = trPV / sw,
            TrPVP = (diagPVP + crossW2B) / sws,
            TrPVPV = (diagPVPV + 2 * crossB) / sws,
            Beta0 = mu,
        };
    }
}
