using System.Collections.Immutable;
using MetaReview.Review.Input.Internal.Layouts;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input.Internal;

/// <summary>The data layout and the effect measure chosen for a file.</summary>
internal sealed record Resolution(BoundLayout Bound, EffectMeasure Measure, bool IsMeasureInferred);

/// <summary>
/// Decides which data type a file holds, from its columns and (when they fit several) its rows, and
/// which measure to use. The rules are those of docs/input-format.md, "How the data type is detected".
/// </summary>
internal static class LayoutResolver
{
    public static Resolution? Resolve(RawTable table, ColumnMap map, EffectMeasure? measure, ProblemCollector problems)
    {
        var complete = DataLayout.All.Select(layout => layout.Bind(map)).OfType<BoundLayout>().ToImmutableArray();
        var generic = complete.FirstOrDefault(b => b.Layout.DataType == DataType.Generic);

        if (measure is { } given)
        {
            // Generic columns fit every measure: they hold estimates on the measure's analysis scale.
            var bound = complete.FirstOrDefault(b => b.Layout.DataType == given.DataType()) ?? generic;
            if (bound is null)
            {
                var needed = DataLayout.All.Single(l => l.DataType == given.DataType());
                ReportUnknownColumns(table, map, [needed], problems);
                problems.Error(new InputProblem(InputProblemCode.MeasureDoesNotFitColumns, table.At(table.HeaderLine),
                    InputMessages.MeasureDoesNotFitColumns(given, needed, needed.Missing(map), complete.Select(b => b.Layout))));
                return null;
            }

            return new Resolution(bound, given, IsMeasureInferred: false);
        }

        if (complete.IsEmpty)
        {
            var possible = DataLayout.All.Where(l => l.Signature.Any(map.Has)).ToImmutableArray();
            ReportUnknownColumns(table, map, possible.IsEmpty ? DataLayout.All : possible, problems);
            problems.Error(new InputProblem(InputProblemCode.MissingColumns, table.At(table.HeaderLine),
                InputMessages.MissingColumns(possible.Select(l => (l, l.Missing(map))))));
            return null;
        }

        var chosen = complete.Length == 1 ? complete[0] : ByRows(table, map, complete, problems);
        return chosen is null ? null : new Resolution(chosen, chosen.Layout.DefaultMeasure, IsMeasureInferred: true);
    }

    /// <summary>
    /// When the columns fit several data types, each row says which it holds: the types whose cells
    /// are all filled. Arm-level data win over generic columns in the same row (metafor's escalc
    /// output has both), and person-time makes events and totals rate data. One type across the rows
    /// is the file's type; several are an error that names the rows.
    /// </summary>
    private static BoundLayout? ByRows(RawTable table, ColumnMap map, ImmutableArray<BoundLayout> complete, ProblemCollector problems)
    {
        var byLayout = new Dictionary<BoundLayout, List<int>>();
        var ambiguous = new List<(int Line, ImmutableArray<BoundLayout> Layouts)>();
        foreach (var row in table.Rows)
        {
            var filled = complete.Where(b => b.IsFilled(row, map)).ToList();
            if (filled.Any(b => b.Layout.DataType != DataType.Generic))
            {
                filled.RemoveAll(b => b.Layout.DataType == DataType.Generic);
            }

            if (filled.Any(b => b.Layout.DataType == DataType.Rates))
            {
                filled.RemoveAll(b => b.Layout.DataType == DataType.Binary);
            }

            switch (filled.Count)
            {
                case 0:
                    break;
                case 1:
                    AddLine(byLayout, filled[0], row.Line);
                    break;
                default:
                    ambiguous.Add((row.Line, [.. filled]));
                    break;
            }
        }

        if (byLayout.Count > 1)
        {
            var groups = byLayout.OrderBy(g => g.Value[0]).Select(g => (g.Key.Layout, Headers(g.Key, map), (IReadOnlyList<int>)g.Value)).ToList();
            problems.Error(new InputProblem(InputProblemCode.MixedDataTypes, table.At(groups[1].Item3[0]),
                InputMessages.MixedDataTypes(groups, table.Sheet is not null)));
            return null;
        }

        if (byLayout.Count == 1)
        {
            return byLayout.Keys.Single();
        }

        if (ambiguous.Count > 0)
        {
            var layouts = ambiguous[0].Layouts.Select(b => (b.Layout, Headers(b, map))).ToList();
            problems.Error(new InputProblem(InputProblemCode.AmbiguousDataType, table.At(ambiguous[0].Line),
                InputMessages.AmbiguousDataType(layouts)));
            return null;
        }

        // No row is complete for any type: the preferred one, whose missing values the rows will report.
        return complete[0];
    }

    /// <summary>The file's names of the columns a bound layout reads.</summary>
    public static IReadOnlyList<string> Headers(BoundLayout bound, ColumnMap map) => [.. bound.Form.Select(map.Header)];

    private static void AddLine(Dictionary<BoundLayout, List<int>> groups, BoundLayout key, int line)
    {
        if (!groups.TryGetValue(key, out var lines))
        {
            groups[key] = lines = [];
        }

        lines.Add(line);
    }

    /// <summary>Unrecognised headers that look like a misspelt column one of the layouts is missing: "did you mean".</summary>
    private static void ReportUnknownColumns(RawTable table, ColumnMap map, IEnumerable<DataLayout> layouts, ProblemCollector problems)
    {
        var missing = layouts.SelectMany(l => l.Forms.SelectMany(f => f)).Where(role => !map.Has(role)).ToHashSet();
        foreach (var column in map.OtherColumns)
        {
            if (ColumnAliases.Suggest(map.Names[column]) is { } suggestion && missing.Contains(suggestion.Role))
            {
                problems.Error(new InputProblem(InputProblemCode.UnknownColumn, table.At(table.HeaderLine, column),
                    InputMessages.DidYouMean(suggestion.Name), map.Names[column]));
            }
        }
    }
}
