using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Statistics.Tests.SmallStudy;

/// <summary>
/// Intravenous magnesium after myocardial infarction (Egger, Davey Smith and Sterne 2001, BMJ 322:98; metadat
/// dat.egger2001), the 15 trials without ISIS-4, log odds ratios with 0.5 added to the cells of the trial with a
/// zero cell; published values from docs/METHODS-REFERENCE.md §3 and metafor's <c>regtest</c> help page.
/// </summary>
public class Egger2001MagnesiumTests
{
    /// <summary>ai, n1i, ci, n2i of the 15 trials (Morton 1984 … Shechter 1995).</summary>
    private static readonly BinaryArms[] Trials =
    [
        new(1, 40, 2, 36), new(9, 135, 23, 135), new(2, 200, 7, 200), new(1, 48, 1, 46), new(10, 150, 8, 148),
        new(1, 59, 9, 56), new(1, 25, 3, 23), new(0, 22, 1, 21), new(6, 76, 11, 75), new(1, 27, 7, 27),
        new(2, 89, 12, 80), new(5, 23, 13, 33), new(4, 130, 8, 122), new(90, 1159, 118, 1157), new(4, 107, 17, 108),
    ];

    internal static (double[] Yi, double[] Vi) LogOddsRatios()
    {
        var yi = new double[Trials.Length];
        var vi = new double[Trials.Length];
        for (var i = 0; i < Trials.Length; i++)
        {
            var t = Trials[i];
            var add = t.HasZeroCell ? 0.5 : 0;
            double a = t.EventsE + add, b = t.NE - t.EventsE + add, c = t.EventsC + add, d = t.NC - t.EventsC + add;
            yi[i] = Math.Log(a * d / (b * c));
            vi[i] = 1 / a + 1 / b + 1 / c + 1 / d;
        }

        return (yi, vi);
    }

    [Fact]
    public void RandomEffects_MatchesPublished()
    {
        var (yi, vi) = LogOddsRatios();
        var r = InverseVariance.Fit(yi, vi);
        Tolerance.Published(0.1911, r.Tau2, 4, "tau2");
        Tolerance.Published(-0.8745, r.Estimate, 4, "estimate");
        Tolerance.Published(-1.2822, r.CiLower, 4, "ci.lb");
        Tolerance.Published(-0.4669, r.CiUpper, 4, "ci.ub");
    }

    [Fact]
    public void ClassicalEgger_MatchesPublished()
    {
        var (yi, vi) = LogOddsRatios();
        var egger = EggerTest.Classical(yi, vi);
        Assert.Equal(15, egger.K);
        Tolerance.Published(-3.1783, egger.Statistic, 4, "t");
        Assert.Equal(13, egger.Df);
        Tolerance.Published(0.0073, egger.PValue, 4, "p");
        Assert.Equal(AsymmetryModel.WeightedRegression, egger.Model);
        Assert.DoesNotContain(egger.Warnings, w => w.Contains("Sterne", StringComparison.Ordinal));
    }

    [Fact]
    public void ClassicalEgger_EqualsTheRadialRegressionOfEgger1997()
    {
        // Egger et al. (1997): regress the standard normal deviate yᵢ/seᵢ on the precision 1/seᵢ by ordinary least
        // squares; the intercept is the asymmetry. Same t as the weighted form.
        var (yi, vi) = LogOddsRatios();
        var snd = yi.Select((y, i) => y / Math.Sqrt(vi[i])).ToArray();
        var precision = vi.Select(v => 1 / Math.Sqrt(v)).ToArray();
        var (intercept, se) = OrdinaryLeastSquaresIntercept(precision, snd);
        var egger = EggerTest.Classical(yi, vi);
        Tolerance.Relative(intercept, egger.Slope, 1e-10, "asymmetry");
        Tolerance.Relative(intercept / se, egger.Statistic, 1e-10, "t");
    }

    [Fact]
    public void PetPeese_UsesPeeseWhenPetsInterceptIsSignificant()
    {
        var (yi, vi) = LogOddsRatios();
        var result = PetPeese.Run(yi, vi);
        var pet = EggerTest.Classical(yi, vi);
        Assert.Equal(pet.LimitEstimate, result.Pet.LimitEstimate);
        var t = pet.Intercept / pet.InterceptStandardError;
        Tolerance.Relative(t, result.PetInterceptStatistic, 1e-14, "PET t");

        // The weighted mean is negative, so the one-sided test is of β₀ < 0.
        var expectedP = MathNet.Numerics.Distributions.StudentT.CDF(0, 1, 13, t);
        Tolerance.Relative(expectedP, result.PetInterceptPValue, 1e-10, "one-sided p");
        Assert.Equal(expectedP < 0.05, result.UsesPeese);
        var chosen = result.UsesPeese ? result.Peese : result.Pet;
        Assert.Equal(chosen.Intercept, result.Estimate);
        Assert.Equal(chosen.LimitCiLower, result.CiLower);
    }

    [Fact]
    public void Harbord_ZeroCellTrialKeepsItsScore()
    {
        // Bertschat 1989 (0/22 vs 1/21) has a zero cell but events overall: Z and V are defined without a correction.
        var result = HarbordTest.Run(Trials);
        Assert.Equal(15, result.K);
        Assert.Empty(result.Warnings);
    }

    private static (double Intercept, double Se) OrdinaryLeastSquaresIntercept(double[] x, double[] y)
    {
        var n = x.Length;
        double mx = x.Average(), my = y.Average(), sxx = 0, sxy = 0;
        for (var i = 0; i < n; i++)
        {
            sxx += (x[i] - mx) * (x[i] - mx);
            sxy += (x[i] - mx) * (y[i] - my);
        }

        var slope = sxy / sxx;
        var intercept = my - slope * mx;
        double rss = 0;
        for (var i = 0; i < n; i++)
        {
            var r = y[i] - intercept - slope * x[i];
            rss += r * r;
        }

        var s2 = rss / (n - 2);
        return (intercept, Math.Sqrt(s2 * (1.0 / n + mx * mx / sxx)));
    }
}
