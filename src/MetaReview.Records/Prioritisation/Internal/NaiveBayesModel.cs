namespace MetaReview.Records.Prioritisation.Internal;

/// <summary>
/// Multinomial naive Bayes on TF-IDF weights (Rennie et al. 2003 use the same transformed counts), with the
/// classes balanced: each document of class c counts w_c = n / (2 n_c) times (scikit-learn's "balanced"
/// weights, as for the logistic regression), so that the few inclusions are not drowned by the exclusions —
/// the role ASReview's "double balance" sampling plays. θ_cj = (w_c Σ_{i∈c} x_ij + α) / (w_c Σ_{i∈c} Σ_j x_ij + α·d),
/// equal class priors, and the score of a document is its log-likelihood ratio Σ_j x_j (log θ_1j − log θ_0j).
/// Fitting is O(non-zeros of the labelled rows + d).
/// </summary>
internal sealed class NaiveBayesModel(double alpha) : IRelevanceModel
{
    private double[] _logRatio = [];

    public void Fit(TfIdfMatrix x, ReadOnlySpan<int> rows, ReadOnlySpan<bool> relevant)
    {
        var d = x.Features;
        var positive = new double[d];
        var negative = new double[d];
        double totalPositive = 0, totalNegative = 0;
        var nPositive = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var sums = relevant[i] ? positive : negative;
            var terms = x.Terms(rows[i]);
            var weights = x.Weights(rows[i]);
            for (var k = 0; k < terms.Length; k++)
            {
                sums[terms[k]] += weights[k];
            }

            if (relevant[i])
            {
                nPositive++;
                totalPositive += x.RowSum(rows[i]);
            }
            else
            {
                totalNegative += x.RowSum(rows[i]);
            }
        }

        var weightPositive = rows.Length / (2.0 * nPositive);
        var weightNegative = rows.Length / (2.0 * (rows.Length - nPositive));
        var shift = Math.Log((weightPositive * totalPositive) + (alpha * d)) - Math.Log((weightNegative * totalNegative) + (alpha * d));
        if (_logRatio.Length != d)
        {
            _logRatio = new double[d];
        }

        for (var j = 0; j < d; j++)
        {
            _logRatio[j] = Math.Log((weightPositive * positive[j]) + alpha) - Math.Log((weightNegative * negative[j]) + alpha) - shift;
        }
    }

    public double Score(TfIdfMatrix x, int row) => x.Dot(row, _logRatio);
}
