using System.Collections.Immutable;
using MetaReview.Review.Project.Internal;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input;

/// <summary>
/// The studies of one analysis read from a data file, in file order, with the effect measure, the
/// file position of each study and the columns that are not analysis data.
/// </summary>
/// <param name="Source">The file, as the caller named it.</param>
/// <param name="Sheet">The worksheet read (XLSX), or <see langword="null"/> for CSV.</param>
/// <param name="DataType">The data type of every study.</param>
/// <param name="Measure">The effect measure: the one given, or the one inferred from the columns.</param>
/// <param name="IsMeasureInferred">True when <paramref name="Measure"/> was inferred (a note in the read result says so).</param>
/// <param name="Studies">The studies, in file order.</param>
/// <param name="Lines">For each study, the 1-based line (CSV) or row (XLSX) it was read from.</param>
/// <param name="ExtraColumns">Every column not read as analysis data, in file order, one value per study.</param>
public sealed record AnalysisDataset(
    string Source,
    string? Sheet,
    DataType DataType,
    EffectMeasure Measure,
    bool IsMeasureInferred,
    ImmutableArray<StudyInput> Studies,
    ImmutableArray<int> Lines,
    ImmutableArray<ExtraColumn> ExtraColumns)
{
    /// <summary>The number of studies.</summary>
    public int K => Studies.Length;

    /// <summary>The extra column with this name (ignoring case and surrounding spaces), or <see langword="null"/>.</summary>
    public ExtraColumn? FindExtraColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var wanted = name.Trim();
        foreach (var column in ExtraColumns)
        {
            if (string.Equals(column.Name, wanted, StringComparison.OrdinalIgnoreCase))
            {
                return column;
            }
        }

        return null;
    }

    /// <summary>
    /// The extra column whose name <paramref name="name"/> looks like a typo of (ignoring case, and '-', '_' and spaces
    /// alike), for "did you mean ...?" messages; <see langword="null"/> when none is close.
    /// </summary>
    public string? SuggestExtraColumn(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Suggestions.Closest(name, ExtraColumns.Select(c => c.Name));
    }

    /// <summary>Where study <paramref name="index"/> (0-based) was read from, for messages about it.</summary>
    public InputLocation LocationOf(int index) => new(Source, Sheet, Lines[index]);
}
