using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.Metafor;

/// <summary>
/// Lehmann, Elliot and Calin-Jageman (2018, Evol Psychol 16(4), doi:10.1177/1474704918802412): red and
/// perceived attractiveness, the 11 pre-registered studies (metadat <c>dat.lehmann2018</c>, yi/vi as
/// given). metafor's REML with its default control fails here: Fisher scoring oscillates with growing
/// amplitude (tau² 0.0019 ↔ 0.0077 at iteration 100) and stops with "Fisher scoring algorithm did not
/// converge". With <c>control=list(stepadj=0.5)</c> it converges; maximising the restricted likelihood
/// directly with <c>optimize()</c> gives the same optimum (fixture <c>Lehmann2018.json</c>, field Check).
/// </summary>
public class Lehmann2018Tests
{
    [Fact]
    public void Reml_WithDefaultControl_ReturnsTheOptimumWhereMetaforsDefaultFails()
    {
        var (_, effect, model) = MetaforFixtures.Model("Lehmann2018", "GEN", "REML", "z");
        Assert.Contains("did not converge", model.DefaultControl!.Error, StringComparison.Ordinal);
        var (yi, vi) = effect.Studies(model);

        var r = InverseVariance.Fit(yi, vi);

        Assert.True(r.Convergence!.Converged, r.Convergence.ToString());
        Tolerance.Relative(model.Tau2!.Value, r.Tau2, Tolerance.Iterative, "tau2 vs metafor with stepadj=0.5");
        Tolerance.Relative(effect.Check!.Tau2, r.Tau2, Tolerance.Iterative, "tau2 vs optimize() of metafor's logLik");
        Tolerance.Relative(model.Estimate!.Value, r.Estimate, Tolerance.Iterative, "estimate");
        Tolerance.Relative(model.Tau2Se!.Value, r.Tau2Se!.Value, Tolerance.Iterative, "se.tau2");
    }

    [Fact]
    public void Reml_IsTheMaximumOfTheRestrictedLikelihood()
    {
        var (_, effect, model) = MetaforFixtures.Model("Lehmann2018", "GEN", "REML", "z");
        var (yi, vi) = effect.Studies(model);

        var tau2 = InverseVariance.Fit(yi, vi).Tau2;

        var at = ProfileLikelihood.Evaluate(yi, vi, tau2, restricted: true);
        foreach (var step in new[] { 1e-3, 1e-4, 1e-5 })
        {
            Assert.True(at > ProfileLikelihood.Evaluate(yi, vi, tau2 * (1 + step), restricted: true), $"not a maximum: higher at tau2·(1 + {step})");
            Assert.True(at > ProfileLikelihood.Evaluate(yi, vi, tau2 * (1 - step), restricted: true), $"not a maximum: higher at tau2·(1 − {step})");
        }
    }
}
