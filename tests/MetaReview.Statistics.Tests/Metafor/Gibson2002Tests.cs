using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.Metafor;

/// <summary>
/// Gibson et al. (2002, Cochrane Database Syst Rev CD001117, doi:10.1002/14651858.CD001117): asthma
/// self-management, mean differences of the 13 studies with continuous data (metadat
/// <c>dat.gibson2002</c>). The ML likelihood of tau² has two maxima: the boundary tau² = 0
/// (log-likelihood −39.2903) and an interior local maximum near tau² = 0.6947 (−39.4469), with a local
/// minimum in between. metafor's Fisher scoring stops at the interior point, then compares it with
/// tau² = 0, warns "Fisher scoring algorithm may have gotten stuck at a local maximum" and reports 0.
/// </summary>
public class Gibson2002Tests
{
    [Fact]
    public void Ml_ReturnsTheGlobalMaximumAtZero_NotTheInteriorLocalMaximum()
    {
        var (_, effect, model) = MetaforFixtures.Model("Gibson2002", "MD", "ML", "z");
        Assert.Contains(model.Warnings, w => w.Contains("local maximum", StringComparison.Ordinal));
        var (yi, vi) = effect.Studies(model);

        var r = InverseVariance.Fit(yi, vi, new ModelOptions { Tau2Method = Tau2Method.ML });

        Assert.Equal(0, model.Tau2);
        Assert.Equal(0, r.Tau2);
        var atZero = ProfileLikelihood.Evaluate(yi, vi, 0, restricted: false);
        var interior = ProfileLikelihood.Evaluate(yi, vi, 0.6947, restricted: false);
        var between = ProfileLikelihood.Evaluate(yi, vi, 0.1, restricted: false);
        Assert.True(atZero > interior && interior > between, $"ll(0) = {atZero}, ll(0.6947) = {interior}, ll(0.1) = {between}");
    }
}
