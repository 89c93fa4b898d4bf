using MetaReview.Records.Prioritisation;
using MetaReview.Records.Prioritisation.Internal;

namespace MetaReview.Records.Tests.Prioritisation;

/// <summary>
/// The two relevance models against base R (Reference/prioritisation.R): the penalised, class-weighted
/// logistic regression solved there by L-BFGS-B and polished by Newton steps to |∇f| &lt; 1e-10, and
/// naive Bayes from its closed form. 93 records of Cohen (2006), 3 relevant.
/// </summary>
public class RelevanceModelTests
{
    /// <summary>
    /// The features are single precision (relative error ~6e-8 each); scores are sums of a few hundred
    /// products, so they agree with R's double-precision values to about 1e-6.
    /// </summary>
    private const double SinglePrecisionScore = 2e-6;

    /// <summary>
    /// Far tighter than prioritisation needs (1e-4): the relative gradient reaches ~1e-9, where the objective,
    /// a sum over single-precision features, stops decreasing measurably.
    /// </summary>
    private static readonly PrioritiserOptions Tight = new() { Tolerance = 1e-9, MaxIterations = 2_000 };

    [Fact]
    public void LogisticRegression_ScoresMatchR()
    {
        var (matrix, rows, labels) = Fixture();
        var model = new LogisticRegressionModel(Tight);
        model.Fit(matrix, rows, labels);
        Assert.True(model.LastRelativeGradient < 1e-8, $"relative gradient {model.LastRelativeGradient} after {model.LastIterations} iterations");
        Assert.Equal(31.4227427288252, model.LastObjective, 1e-6);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(ReferenceFixture.Scores[i].LogisticScore, model.Score(matrix, i), SinglePrecisionScore);
        }
    }

    [Fact]
    public void LogisticRegression_WarmStart_ReachesTheSameOptimum()
    {
        var (matrix, rows, labels) = Fixture();
        var warm = new LogisticRegressionModel(Tight);
        warm.Fit(matrix, rows[..60], labels[..60]);
        warm.Fit(matrix, rows, labels);
        var cold = new LogisticRegressionModel(Tight);
        cold.Fit(matrix, rows, labels);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(cold.Score(matrix, i), warm.Score(matrix, i), SinglePrecisionScore);
        }
    }

    [Fact]
    public void NaiveBayes_ScoresMatchR()
    {
        var (matrix, rows, labels) = Fixture();
        var model = new NaiveBayesModel(3.822);
        model.Fit(matrix, rows, labels);
        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(ReferenceFixture.Scores[i].NaiveBayesScore, model.Score(matrix, i), SinglePrecisionScore);
        }
    }

    private static (TfIdfMatrix Matrix, int[] Rows, bool[] Labels) Fixture()
    {
        var reference = ReferenceFixture.Scores;
        var matrix = TfIdfMatrix.Build(reference.Select(r => CohenData.Texts[r.RecordId - 1]));
        for (var i = 0; i < reference.Count; i++)
        {
            Assert.Equal(reference[i].Relevant, CohenData.Labelled.Relevant[reference[i].RecordId - 1]);
        }

        return (matrix, [.. Enumerable.Range(0, reference.Count)], [.. reference.Select(r => r.Relevant)]);
    }
}
