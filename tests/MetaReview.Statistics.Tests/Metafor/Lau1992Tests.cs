using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.Metafor;

/// <summary>
/// Lau et al. (1992, N Engl J Med 327:248, doi:10.1056/NEJM199207233270406): intravenous streptokinase,
/// 33 trials, risk differences (metadat <c>dat.lau1992</c>). The REML likelihood decreases from tau² = 0
/// (the score is negative everywhere), so REML gives tau² = 0. metafor's threshold is an absolute change
/// in tau² (default 1e-5): with variances near 1e-3 the Fisher steps are that small long before the
/// score is zero, so the default run stops at tau² ≈ 2e-4, then warns "Fisher scoring algorithm may have
/// gotten stuck at a local maximum" and sets tau² = 0; with threshold 1e-12·scale it creeps towards 0 and
/// stops at about 6e-14. Both are metafor artefacts of the absolute criterion; the fixture test compares
/// tau² absolutely on the scale of the variances. MetaReview's tolerance is relative to that scale.
/// </summary>
public class Lau1992Tests
{
    [Fact]
    public void RiskDifferenceReml_IsExactlyZero()
    {
        var (_, effect, model) = MetaforFixtures.Model("Lau1992", "RD", "REML", "z");
        Assert.Contains(model.DefaultControl!.Warnings, w => w.Contains("local maximum", StringComparison.Ordinal));
        Assert.True(model.Tau2 < 1e-12, $"metafor with tight control: {model.Tau2}");
        var (yi, vi) = effect.Studies(model);

        var r = InverseVariance.Fit(yi, vi);

        Assert.Equal(0, r.Tau2);
        Assert.True(r.Convergence!.Converged);
        var atZero = ProfileLikelihood.Evaluate(yi, vi, 0, restricted: true);
        foreach (var tau2 in new[] { 1e-12, 1e-6, 2e-4, 1e-2 })
        {
            Assert.True(atZero > ProfileLikelihood.Evaluate(yi, vi, tau2, restricted: true), $"restricted likelihood higher at {tau2} than at 0");
        }
    }
}
