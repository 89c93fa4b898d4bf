using MetaReview.Records.Prioritisation;
using Xunit.Abstractions;

namespace MetaReview.Records.Tests.Prioritisation;

/// <summary>
/// Simulated screening of the Cohen (2006) ACE-inhibitor set (2,544 records, 41 included) as ASReview's
/// simulation mode runs it: one random inclusion and one random exclusion as priors, then the top-ranked
/// record each time. The numbers averaged over seeds are in docs/screening.md.
/// </summary>
public class SimulationTests(ITestOutputHelper output)
{
    [Fact]
    public void LabelledDataset_ReadsCohen2006()
    {
        var data = CohenData.Labelled;
        Assert.Equal(2544, data.Records.Length);
        Assert.Equal(41, data.Relevant.Count(r => r));
        Assert.Equal("label_included", data.LabelColumn);
        Assert.Equal("2,544 records, 41 relevant", data.ToString());
    }

    [Theory]
    [InlineData(RelevanceModelKind.Logistic)]
    [InlineData(RelevanceModelKind.NaiveBayes)]
    public void Simulation_FindsEveryIncludedRecord_FarSoonerThanRandomScreening(RelevanceModelKind model)
    {
        var matrix = TfIdfMatrix.Build(CohenData.Texts);
        var options = new SimulationOptions { Seed = 1, Model = new PrioritiserOptions { Model = model } };
        var run = ActiveLearningSimulation.Run(matrix, CohenData.Labelled.Relevant, options);
        var padded = run.PaddedLabels;
        var wss95 = ScreeningMetrics.Wss(padded, 0.95);
        var rrf10 = ScreeningMetrics.Recall(padded, 0.10);
        output.WriteLine(FormattableString.Invariant($"{model}: WSS@95 {wss95:0.000}, RRF@10 {rrf10:0.000}, all found after {ScreeningMetrics.ScreenedToFindAll(padded)}, mean training {run.TrainingMilliseconds.Average():0.00} ms"));

        Assert.Equal(2544, padded.Length);
        Assert.Equal(40, padded.Count(l => l)); // 41 minus the prior inclusion
        Assert.Equal(2, run.Priors.Length);
        Assert.True(CohenData.Labelled.Relevant[run.Priors[0]]);
        Assert.False(CohenData.Labelled.Relevant[run.Priors[1]]);
        Assert.DoesNotContain(run.Priors[0], run.Order);
        Assert.Equal(run.Order.Length, run.Order.Distinct().Count());

        // Random screening saves nothing (WSS ≈ 0) and finds 10% by 10%; published active-learning results on
        // this set (e.g. ASReview's SYNERGY benchmark) save well over half the work.
        Assert.InRange(wss95, 0.5, 0.95);
        Assert.InRange(rrf10, 0.3, 1.0);
    }

    [Fact]
    public void Simulation_IsReproducibleForASeed()
    {
        var matrix = TfIdfMatrix.Build(CohenData.Texts);
        var options = new SimulationOptions { Seed = 7, Model = new PrioritiserOptions { Model = RelevanceModelKind.NaiveBayes } };
        var first = ActiveLearningSimulation.Run(matrix, CohenData.Labelled.Relevant, options);
        var second = ActiveLearningSimulation.Run(matrix, CohenData.Labelled.Relevant, options);
        Assert.Equal(first.Priors.ToArray(), second.Priors.ToArray());
        Assert.Equal(first.Order.ToArray(), second.Order.ToArray());
        var other = ActiveLearningSimulation.Run(matrix, CohenData.Labelled.Relevant, options with { Seed = 8 });
        Assert.NotEqual(first.Priors.ToArray(), other.Priors.ToArray());
    }
}
