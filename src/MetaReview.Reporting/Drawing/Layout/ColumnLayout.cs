using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>
/// Places text columns side by side, each as wide as its widest cell or header (measured with the font
/// metrics), separated by a gap: so cells never overlap, whatever the study names. This is the left
/// half of a RevMan-style forest plot (study, events, totals, weight) and the name column of the
/// risk-of-bias plots.
/// </summary>
public static class ColumnLayout
{
    /// <param name="columns">The columns, left to right.</param>
    /// <param name="rows">Cell texts, one list per row, one cell per column (null or missing cells are empty).</param>
    /// <param name="cellStyle">Style of the cells.</param>
    /// <param name="headerStyle">Style of the headers.</param>
    /// <param name="left">x of the first column's left edge.</param>
    /// <param name="gap">Space between columns in points.</param>
    /// <param name="measurer">Text measurer (default: the embedded font).</param>
    public static ImmutableArray<ColumnPlacement> Arrange(
        IReadOnlyList<ColumnSpec> columns,
        IEnumerable<IReadOnlyList<string?>> rows,
        TextStyle cellStyle,
        TextStyle headerStyle,
        double left = 0,
        double gap = 8,
        TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (gap < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(gap), $"column gap must be >= 0 points, got {gap}");
        }

        var m = measurer ?? TextMeasurer.Default;
        var widths = columns.Select(c => c.FixedWidth ?? Math.Max(c.MinWidth, m.Width(c.Header, headerStyle))).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count && i < row.Count; i++)
            {
                if (columns[i].FixedWidth is null && row[i] is { } cell)
                {
                    widths[i] = Math.Max(widths[i], m.Width(cell, cellStyle));
                }
            }
        }

        var placements = ImmutableArray.CreateBuilder<ColumnPlacement>(columns.Count);
        var x = left;
        for (var i = 0; i < columns.Count; i++)
        {
            placements.Add(new ColumnPlacement(x, widths[i], columns[i].Alignment));
            x += widths[i] + gap;
        }

        return placements.MoveToImmutable();
    }
}
