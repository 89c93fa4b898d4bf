using System.Collections.Immutable;
using MetaReview.Review.Input.Internal.Layouts;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input.Internal;

/// <summary>
/// Turns a <see cref="RawTable"/> into an <see cref="AnalysisDataset"/>: maps the columns, decides the
/// data type and measure, labels the studies, reads and checks every row, keeps the other columns.
/// Every problem of the whole table is reported; the dataset is returned only when there are none.
/// </summary>
internal static class TableInterpreter
{
    public static AnalysisDataset? Interpret(RawTable table, AnalysisDataReadOptions options, ProblemCollector problems)
    {
        var map = ColumnMap.Build(table, problems);
        var resolution = LayoutResolver.Resolve(table, map, options.Measure, problems);
        if (table.Rows.IsEmpty)
        {
            problems.Error(new InputProblem(InputProblemCode.NoStudies, table.At(table.HeaderLine), InputMessages.NoStudies));
            return null;
        }

        if (resolution is null)
        {
            return null;
        }

        var (bound, measure, inferred) = resolution;
        if (inferred)
        {
            problems.Note(InputMessages.MeasureInferred(measure, bound.Layout, LayoutResolver.Headers(bound, map)));
        }

        var nonEvents = bound.Form.Where(r => r is ColumnRole.NonEventsE or ColumnRole.NonEventsC).Select(map.Header).ToList();
        if (nonEvents.Count > 0)
        {
            problems.Note(InputMessages.TotalsFromNonEvents(nonEvents));
        }

        var labels = StudyLabels.Assign(table, map, problems);
        var studies = ImmutableArray.CreateBuilder<StudyInput>(table.Rows.Length);
        for (var i = 0; i < table.Rows.Length; i++)
        {
            var row = new StudyRow(table, map, table.Rows[i], labels[i], problems);
            if (bound.Layout.Parse(row, bound.Form, measure, options.CiLevel) is not { } data)
            {
                continue;
            }

            // The engine's own rules, as a last check: values that pass the reader's checks can still
            // overflow (a standard error of 1e-200 squares to 0).
            if (StudyDataChecks.Problem(measure, data) is { } rejected)
            {
                problems.Error(new InputProblem(InputProblemCode.UnusableStudyData, table.At(row.Line), InputMessages.UnusableStudyData(rejected), Study: labels[i]));
                continue;
            }

            studies.Add(new StudyInput(labels[i], data));
        }

        var extra = ExtraColumns(table, map, bound, problems);
        if (problems.ErrorCount > 0)
        {
            return null;
        }

        if (GenericLayout.IsIntervalForm(bound.Form) && !measure.IsRatio() && IntervalsLookLikeRatios(table, map))
        {
            problems.Warning(new InputProblem(InputProblemCode.CiLooksLikeRatio, table.File, InputMessages.IntervalsLookLikeRatios));
        }

        return new AnalysisDataset(table.Source, table.Sheet, bound.Layout.DataType, measure, inferred,
            studies.ToImmutable(), [.. table.Rows.Select(r => r.Line)], extra);
    }

    /// <summary>Every column not read as data, in file order; recognised data columns left unused are noted.</summary>
    private static ImmutableArray<ExtraColumn> ExtraColumns(RawTable table, ColumnMap map, BoundLayout bound, ProblemCollector problems)
    {
        var unused = map.DataColumns.Where(c => !bound.Form.Contains(c.Key)).Select(c => c.Value).Order().ToList();
        if (unused.Count > 0)
        {
            problems.Note(InputMessages.UnusedDataColumns(unused.Select(c => map.Names[c])));
        }

        return
        [
            .. map.OtherColumns.Concat(unused).Order().Select(c => new ExtraColumn(
                map.Names[c],
                [.. table.Rows.Select(row => ValueParser.IsMissing(row[c]) ? null : row[c].Text)])),
        ];
    }

    /// <summary>
    /// True when every interval is positive and more symmetric around its estimate on the log scale
    /// than on the natural scale, as the intervals of ratios are (two rows at least).
    /// </summary>
    private static bool IntervalsLookLikeRatios(RawTable table, ColumnMap map)
    {
        if (table.Rows.Length < 2)
        {
            return false;
        }

        foreach (var row in table.Rows)
        {
            double Value(ColumnRole role) => ValueParser.TryParse(row[map.IndexOf(role)], out var v, out _) ? v : double.NaN;
            double e = Value(ColumnRole.Estimate), lo = Value(ColumnRole.CiLower), hi = Value(ColumnRole.CiUpper);
            if (!(lo > 0))
            {
                return false;
            }

            var natural = Math.Abs(hi - e - (e - lo)) / (hi - lo);
            var log = Math.Abs(Math.Log(hi / e) - Math.Log(e / lo)) / Math.Log(hi / lo);
            if (!(log < natural))
            {
                return false;
            }
        }

        return true;
    }
}
