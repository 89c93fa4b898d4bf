namespace MetaReview.Records.Prioritisation;

/// <summary>
/// Performance of prioritised screening, with ASReview Insights' definitions (asreview-insights
/// <c>algorithms.py</c> and <c>metrics.py</c>), computed from the labels in screening order without the
/// priors, padded to the dataset's size (<see cref="SimulationRun.PaddedLabels"/>). N is the padded length
/// and n the relevant records in it.
/// </summary>
public static class ScreeningMetrics
{
    /// <summary>
    /// Recall after screening a fraction of the records (RRF@x when x is 0.10: "relevant records found after
    /// screening 10%"): the recall after the first j records, j the largest with j/N ≤ x; 0 when x &lt; 1/N.
    /// </summary>
    public static double Recall(IReadOnlyList<bool> labels, double fraction)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var n = labels.Count;
        var relevant = labels.Count(l => l);
        var screened = 0;
        for (var j = 1; j <= n && (double)j / n <= fraction; j++)
        {
            screened = j;
        }

        if (screened == 0 || relevant == 0)
        {
            return 0;
        }

        var found = 0;
        for (var i = 0; i < screened; i++)
        {
            found += labels[i] ? 1 : 0;
        }

        return (double)found / relevant;
    }

    /// <summary>
    /// Work saved over sampling at a recall level (Cohen et al., JAMIA 2006;13:206–219), as ASReview computes it:
    /// for k the largest number of relevant records with k/n ≤ recall, (r_k − a_k) / N, where a_k is the number of
    /// records screened (0-based index) when the k-th relevant record is found, and r_k the same for random
    /// screening, taken as the first index at which round(linspace(0, n, N)) reaches k.
    /// </summary>
    public static double Wss(IReadOnlyList<bool> labels, double recall)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var n = labels.Count;
        var relevant = labels.Count(l => l);
        if (relevant == 0 || n < 2)
        {
            return double.NaN;
        }

        var k = 0;
        for (var candidate = 1; candidate <= relevant && (double)candidate / relevant <= recall; candidate++)
        {
            k = candidate;
        }

        if (k == 0)
        {
            k = relevant; // numpy's y[i - 1] with i = 0 is the last element
        }

        var actual = -1;
        for (int i = 0, found = 0; i < n; i++)
        {
            found += labels[i] ? 1 : 0;
            if (found >= k)
            {
                actual = i;
                break;
            }
        }

        var step = (double)relevant / (n - 1);
        var random = -1;
        for (var i = 0; i < n; i++)
        {
            // np.round rounds halves to even, as Math.Round does by default.
            if (Math.Round(i * step) >= k)
            {
                random = i;
                break;
            }
        }

        return (double)(random - actual) / n;
    }

    /// <summary>The recall after each record screened (index 0: after the first), for a recall curve.</summary>
    public static double[] RecallCurve(IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var relevant = Math.Max(1, labels.Count(l => l));
        var curve = new double[labels.Count];
        var found = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            found += labels[i] ? 1 : 0;
            curve[i] = (double)found / relevant;
        }

        return curve;
    }

    /// <summary>Records screened (after the priors) until the last relevant record was found.</summary>
    public static int ScreenedToFindAll(IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        for (var i = labels.Count - 1; i >= 0; i--)
        {
            if (labels[i])
            {
                return i + 1;
            }
        }

        return 0;
    }
}
