namespace MetaReview.Statistics.EffectSizes;

/// <summary>
/// RR, OR, RD and Peto's OR from a 2×2 table (Cochrane Handbook §6.4; metafor <c>escalc</c>), with
/// <c>increment</c> added to each of the four cells first.
/// </summary>
internal static class BinaryEffectSizes
{
    public static EffectSize? Compute(EffectMeasure measure, BinaryArms d, double increment)
    {
        var a = d.EventsE + increment;
        var b = d.NE - d.EventsE + increment;
        var c = d.EventsC + increment;
        var dd = d.NC - d.EventsC + increment;
        var n1 = a + b;
        var n2 = c + dd;
        double yi, vi;
        switch (measure)
        {
            case EffectMeasure.RR:
                // log(p1/p2), v = 1/a − 1/n1 + 1/c − 1/n2.
                yi = Math.Log(a / n1) - Math.Log(c / n2);
                vi = 1 / a - 1 / n1 + 1 / c - 1 / n2;
                break;
            case EffectMeasure.OR:
                // log(ad/bc), v = 1/a + 1/b + 1/c + 1/d (Woolf).
                yi = Math.Log(a) + Math.Log(dd) - Math.Log(b) - Math.Log(c);
                vi = 1 / a + 1 / b + 1 / c + 1 / dd;
                break;
            case EffectMeasure.RD:
                {
                    var p1 = a / n1;
                    var p2 = c / n2;
                    yi = p1 - p2;
                    vi = p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2;
                    break;
                }

            case EffectMeasure.PETO:
                {
                    // (O − E)/V with V the hypergeometric variance (Yusuf et al. 1985).
                    var n = n1 + n2;
                    var events = a + c;
                    var expected = events * n1 / n;
                    var v = events * (b + dd) * n1 * n2 / (n * n * (n - 1));
                    yi = (a - expected) / v;
                    vi = 1 / v;
                    break;
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a binary measure.");
        }

        return double.IsFinite(yi) && double.IsFinite(vi) && vi > 0 ? new EffectSize(yi, vi, increment) : null;
    }
}
