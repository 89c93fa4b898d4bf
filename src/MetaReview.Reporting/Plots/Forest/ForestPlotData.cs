using System.Collections.Immutable;
using MetaReview.Reporting.Plots.RiskOfBias;
using MetaReview.Statistics.Subgroups;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// Everything a forest plot shows, on the reporting scale: groups of rows (one group without a header for an
/// analysis without subgroups), their subtotals, the overall total and the test for subgroup differences.
/// Build it with <see cref="ForestData"/> from an analysis, or directly (sensitivity results, results from
/// other software); draw it with <see cref="ForestPlot.Create"/>.
/// </summary>
public sealed record ForestPlotData
{
    /// <summary>The measure as RevMan names it over the graph, e.g. "Odds Ratio", "Mean Difference".</summary>
    public required string EffectLabel { get; init; }

    /// <summary>The short name for the compact layout's column header, e.g. "OR" (null: <see cref="EffectLabel"/>).</summary>
    public string? EffectAbbreviation { get; init; }

    /// <summary>The method line under <see cref="EffectLabel"/>, e.g. "M-H, Fixed, 95% CI"; null for none.</summary>
    public string? MethodLabel { get; init; }

    /// <summary>True for ratio measures: the axis is logarithmic and every estimate must be &gt; 0.</summary>
    public bool LogScale { get; init; }

    /// <summary>The value of no effect (1 for ratios, 0 for differences), drawn as the vertical line; null for none.</summary>
    public double? NullValue { get; init; }

    /// <summary>A value marked by a dashed vertical line, e.g. the pooled estimate in a leave-one-out plot; null for none.</summary>
    public double? ReferenceValue { get; init; }

    /// <summary>The data columns between the study names and the weights.</summary>
    public ImmutableArray<ForestColumn> Columns { get; init; } = [];

    public required ImmutableArray<ForestGroup> Groups { get; init; }

    /// <summary>The overall pooled estimate; null for none (e.g. subgroups shown without a total).</summary>
    public ForestSummary? Overall { get; init; }

    /// <summary>
    /// The test for subgroup differences (RevMan's Chi² between the subgroup estimates, df = G − 1, with its I²),
    /// printed last; null for none. <see cref="ForestData.SubgroupDifferences"/> computes it from the subtotals.
    /// </summary>
    public QBetween? SubgroupDifferences { get; init; }

    /// <summary>The risk-of-bias tool whose domains are shown as columns of coloured symbols; null for no columns.</summary>
    public RiskOfBiasTool? RiskOfBiasTool { get; init; }

    /// <summary>Every row of every group, in order.</summary>
    public IEnumerable<ForestRow> Rows => Groups.SelectMany(g => g.Rows);

    /// <summary>Throws on anything the plot cannot draw, naming the row and the value.</summary>
    /// <exception cref="ArgumentException">
    /// No rows, an unnamed row, a confidence interval that does not contain its estimate, a non-finite value, a
    /// value ≤ 0 on a log scale, a negative weight, or a cell count that differs from the columns.
    /// </exception>
    public void Validate()
    {
        if (Groups.IsDefaultOrEmpty || Groups.All(g => g.Rows.IsDefaultOrEmpty))
        {
            throw new ArgumentException("a forest plot needs at least one row", nameof(Groups));
        }

        var columns = Columns.IsDefault ? 0 : Columns.Length;
        var number = 0;
        foreach (var group in Groups)
        {
            foreach (var row in group.Rows.IsDefault ? [] : group.Rows)
            {
                number++;
                var where = $"forest plot row {number} ('{row.Label}')";
                if (string.IsNullOrWhiteSpace(row.Label))
                {
                    throw new ArgumentException(FormattableString.Invariant($"forest plot row {number}: the row needs a label"), nameof(Groups));
                }

                if (!row.Cells.IsDefault && row.Cells.Length > columns)
                {
                    throw new ArgumentException(FormattableString.Invariant($"{where}: {row.Cells.Length} cells for {columns} columns"), nameof(Groups));
                }

                if (row.Weight is { } w && (!double.IsFinite(w) || w < 0))
                {
                    throw new ArgumentException(FormattableString.Invariant($"{where}: the weight must be a finite number >= 0, got {w}"), nameof(Groups));
                }

                if (row.Estimate is null && row.CiLower is null && row.CiUpper is null)
                {
                    continue;
                }

                if (!row.IsEstimable)
                {
                    throw new ArgumentException(FormattableString.Invariant($"{where}: give the estimate and both confidence bounds, or none (not estimable)"), nameof(Groups));
                }

                CheckInterval(where, row.Estimate!.Value, row.CiLower!.Value, row.CiUpper!.Value);
            }

            if (group.Subtotal is { } subtotal)
            {
                CheckSummary($"subtotal of '{group.Header}'", subtotal);
            }
        }

        if (Overall is { } overall)
        {
            CheckSummary("overall total", overall);
        }

        if (ReferenceValue is { } r)
        {
            CheckValue("forest plot reference line", r);
        }
    }

    private void CheckSummary(string where, ForestSummary s)
    {
        where = "forest plot " + where;
        CheckInterval(where, s.Estimate, s.CiLower, s.CiUpper);
        if (s.PredictionLower is not null != s.PredictionUpper is not null)
        {
            throw new ArgumentException(FormattableString.Invariant($"{where}: give both prediction bounds or neither"), nameof(Groups));
        }

        if (s.HasPredictionInterval)
        {
            CheckInterval(where + " prediction interval", s.Estimate, s.PredictionLower!.Value, s.PredictionUpper!.Value);
        }

        if (!(s.Level > 0 && s.Level < 1))
        {
            throw new ArgumentException(FormattableString.Invariant($"{where}: the level must be between 0 and 1, got {s.Level}"), nameof(Groups));
        }
    }

    private void CheckInterval(string where, double estimate, double lower, double upper)
    {
        CheckValue(where + " estimate", estimate);
        CheckValue(where + " lower bound", lower);
        CheckValue(where + " upper bound", upper);

        // A small tolerance: bounds computed from rounded published values may touch the estimate.
        var slack = 1e-9 * Math.Max(1, Math.Abs(estimate));
        if (lower > estimate + slack || upper < estimate - slack)
        {
            throw new ArgumentException(FormattableString.Invariant($"{where}: the interval [{lower}, {upper}] does not contain the estimate {estimate}"), nameof(Groups));
        }
    }

    private void CheckValue(string where, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException(FormattableString.Invariant($"{where}: must be a finite number, got {value}"), nameof(Groups));
        }

        if (LogScale && !(value > 0))
        {
            throw new ArgumentException(FormattableString.Invariant($"{where}: a ratio must be > 0 on a log scale, got {value}"), nameof(Groups));
        }
    }
}
