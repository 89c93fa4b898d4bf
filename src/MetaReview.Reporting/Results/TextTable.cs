namespace MetaReview.Reporting.Results;

/// <summary>
/// A plain-text table for the text outputs: a header and rows of cells, columns two spaces apart, the first column
/// left-aligned and the others right-aligned (numbers), or left-aligned where asked (intervals, text).
/// </summary>
internal sealed class TextTable(params string[] header)
{
    private readonly List<string[]> _rows = [];
    private readonly HashSet<int> _left = [0];

    /// <summary>Left-aligns these columns (0-based) in addition to the first.</summary>
    public TextTable AlignLeft(params int[] columns)
    {
        _left.UnionWith(columns);
        return this;
    }

    /// <summary>Adds a row (missing trailing cells are blank).</summary>
    public void Add(params string[] cells) => _rows.Add(cells);

    /// <summary>Writes the header and the rows, without trailing spaces.</summary>
    public void Write(TextWriter w)
    {
        var widths = new int[header.Length];
        foreach (var row in _rows.Prepend(header))
        {
            for (var c = 0; c < Math.Min(row.Length, widths.Length); c++)
            {
                widths[c] = Math.Max(widths[c], row[c].Length);
            }
        }

        foreach (var row in _rows.Prepend(header))
        {
            var cells = Enumerable.Range(0, widths.Length).Select(c =>
            {
                var cell = c < row.Length ? row[c] : "";
                return _left.Contains(c) ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]);
            });
            w.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }
}
