namespace MetaReview.Records.Screening;

/// <summary>
/// Cohen's kappa for two raters and nominal categories (Cohen J. Educ Psychol Meas 1960;20:37–46):
/// κ = (p_o − p_e) / (1 − p_e), with p_o the observed proportion of agreement and p_e the agreement
/// expected from the raters' marginal proportions. Equivalent to R's <c>irr::kappa2(ratings, "unweighted")</c>.
/// </summary>
public static class CohensKappa
{
    /// <summary>Kappa and percent agreement from a square table of counts (rows: rater A's category, columns: rater B's).</summary>
    /// <param name="table">Counts; rows and columns in the same category order.</param>
    /// <returns>
    /// The agreement. κ is NaN when there are no subjects, and when p_e = 1 (both raters used one and the
    /// same category for every subject): kappa is then undefined though agreement is perfect.
    /// </returns>
    public static KappaResult Compute(int[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var k = table.GetLength(0);
        if (table.GetLength(1) != k)
        {
            throw new ArgumentException($"the agreement table must be square, got {k}×{table.GetLength(1)}", nameof(table));
        }

        long n = 0, agreed = 0;
        var rows = new long[k];
        var columns = new long[k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var count = table[i, j];
                if (count < 0)
                {
                    throw new ArgumentException($"counts must be >= 0, got {count} in cell ({i + 1}, {j + 1})", nameof(table));
                }

                n += count;
                rows[i] += count;
                columns[j] += count;
                if (i == j)
                {
                    agreed += count;
                }
            }
        }

        if (n == 0)
        {
            return new KappaResult(0, double.NaN, double.NaN, double.NaN);
        }

        var po = (double)agreed / n;
        var pe = 0.0;
        for (var i = 0; i < k; i++)
        {
            pe += (double)rows[i] * columns[i];
        }

        pe /= (double)n * n;
        var kappa = pe >= 1 ? double.NaN : (po - pe) / (1 - pe);
        return new KappaResult((int)n, po, pe, kappa);
    }
}
