namespace MetaReview.Reporting.Plots.Forest;

/// <summary>The arrangement of a forest plot.</summary>
public enum ForestLayout
{
    /// <summary>
    /// RevMan 5: study, data columns, weight and the estimate as text left of the graph; "Total (95% CI)",
    /// "Total events", then "Heterogeneity: Tau² = …; Chi² = …, df = … (P = …); I² = …%" and "Test for overall
    /// effect: Z = … (P = …)" under the table; estimates as "0.90 [0.84, 0.96]".
    /// </summary>
    RevMan,

    /// <summary>
    /// Journal style (JAMA, BMJ): study and data columns, the graph, then the estimate "0.90 (0.84 to 0.96)" and
    /// the weight right of it; one short heterogeneity line ("τ² = 0.31; I² = 92%; P &lt; .001"); tighter rows.
    /// </summary>
    Compact,
}
