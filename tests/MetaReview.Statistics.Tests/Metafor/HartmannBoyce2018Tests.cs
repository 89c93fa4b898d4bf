using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.Metafor;

/// <summary>
/// Hartmann-Boyce et al. (2018, Cochrane Database Syst Rev CD000146.pub5, doi:10.1002/14651858.CD000146.pub5):
/// nicotine replacement therapy, the 'choice of product' comparison (k = 7; metadat
/// <c>dat.hartmannboyce2018</c>), arcsine square-root risk differences (measure AS). With default control
/// metafor's Fisher scoring fails for REML and for EB ("Fisher scoring algorithm did not converge");
/// with threshold 1e-12·scale and maxiter = 10000 it converges (fixture <c>HartmannBoyce2018.json</c>).
/// </summary>
public class HartmannBoyce2018Tests
{
    [Theory]
    [InlineData("REML")]
    [InlineData("EB")]
    public void ArcsineRiskDifference_ConvergesWhereMetaforsDefaultFails(string method)
    {
        var (_, effect, model) = MetaforFixtures.Model("HartmannBoyce2018", "AS", method, "z");
        Assert.Contains("did not converge", model.DefaultControl!.Error, StringComparison.Ordinal);
        var (yi, vi) = effect.Studies(model);

        var r = InverseVariance.Fit(yi, vi, new ModelOptions { Tau2Method = Enum.Parse<Tau2Method>(method) });

        Assert.True(r.Convergence!.Converged, r.Convergence.ToString());
        Tolerance.Relative(model.Tau2!.Value, r.Tau2, Tolerance.Iterative, $"{method} tau2");
        Tolerance.Relative(model.Estimate!.Value, r.Estimate, Tolerance.Iterative, $"{method} estimate");
    }
}
