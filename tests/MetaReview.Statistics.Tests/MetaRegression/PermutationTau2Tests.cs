using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Internal;
using MetaReview.Statistics.MetaRegression;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Tests.MetaRegression;

/// <summary>
/// The permutation test's tau² re-estimation (warm start, Newton steps) finds the same tau² as the estimator classes,
/// for every estimator, on permuted BCG designs — whatever the start.
/// </summary>
public class PermutationTau2Tests
{
    public static TheoryData<Tau2Method> Methods => [.. Enum.GetValues<Tau2Method>()];

    [Theory]
    [MemberData(nameof(Methods))]
    public void MatchesTheEstimator_OnPermutedDesigns(Tau2Method method)
    {
        var (yi, vi) = BcgModerators.LogRiskRatios();
        var design = DesignMatrix.Build("ablat + year", [ModeratorColumn.Numeric("ablat", BcgModerators.Ablat), ModeratorColumn.Numeric("year", BcgModerators.Year)]);
        var fit = (RegressionFit)ModelData.WithModerators(yi, vi, design).Fit;
        var workspace = fit.CreateWorkspace();
        workspace.SkipVarianceTraces = method != Tau2Method.SJ;
        var data = ModelData.From(workspace);
        var control = new ConvergenceControl(1e-12, 1000);
        var refit = new PermutationTau2(data, method, control);
        var random = new Random(11);
        var source = Enumerable.Range(0, yi.Length).ToArray();
        for (var permutation = 0; permutation < 20; permutation++)
        {
            random.Shuffle(source);
            workspace.LoadRows(fit, source);
            var reference = ModelData.From(new RegressionFit(yi, vi, [.. source.SelectMany(i => new[] { 1, BcgModerators.Ablat[i], BcgModerators.Year[i] })], 3));
            var expected = Tau2Estimators.For(method).Estimate(reference, control).Tau2;
            foreach (var start in new[] { 0.0, 0.05, 0.3132, 2.0 })
            {
                Tolerance.Relative(expected, refit.Estimate(start), 1e-8, $"{method}, permutation {permutation}, start {start}", floor: 1e-6);
            }
        }
    }
}
