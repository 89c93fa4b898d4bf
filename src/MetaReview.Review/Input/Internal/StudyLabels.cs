using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input.Internal;

/// <summary>
/// The label of each study: the study column's text, completed by the year when the column holds only
/// authors ("Aronson" + 1948 → "Aronson 1948", as metafor users label dat.bcg); "Study N" for a row
/// without a label. Duplicate labels are kept and warned about.
/// </summary>
internal static class StudyLabels
{
    public static ImmutableArray<string> Assign(RawTable table, ColumnMap map, ProblemCollector problems)
    {
        var labels = new string[table.Rows.Length];
        if (map.StudyColumn is not { } studyColumn)
        {
            for (var i = 0; i < labels.Length; i++)
            {
                labels[i] = StudyInput.DefaultLabel(i + 1);
            }

            problems.Warning(new InputProblem(InputProblemCode.NoStudyColumn, table.File, InputMessages.NoStudyColumn(labels.Length)));
            foreach (var column in map.OtherColumns)
            {
                if (ColumnAliases.Suggest(map.Names[column]) is { Role: ColumnRole.Study } suggestion)
                {
                    problems.Warning(new InputProblem(InputProblemCode.UnknownColumn, table.At(table.HeaderLine, column),
                        InputMessages.DidYouMean(suggestion.Name), map.Names[column]));
                }
            }

            return [.. labels];
        }

        var yearColumn = map.StudyIsAuthor ? map.YearColumn : null;
        if (yearColumn is { } y)
        {
            problems.Note(InputMessages.LabelsFromAuthorAndYear(map.Names[studyColumn], map.Names[y]));
        }

        for (var i = 0; i < labels.Length; i++)
        {
            var row = table.Rows[i];
            var label = row[studyColumn].Text;
            if (label.Length == 0)
            {
                labels[i] = StudyInput.DefaultLabel(i + 1);
                problems.Warning(new InputProblem(InputProblemCode.MissingStudyLabel, table.At(row.Line, studyColumn),
                    InputMessages.MissingStudyLabel(labels[i]), map.Names[studyColumn]));
                continue;
            }

            labels[i] = yearColumn is { } year && !row[year].IsBlank ? $"{label} {row[year].Text}" : label;
        }

        WarnAboutDuplicates(table, studyColumn, map.Names[studyColumn], labels, problems);
        return [.. labels];
    }

    private static void WarnAboutDuplicates(RawTable table, int studyColumn, string header, string[] labels, ProblemCollector problems)
    {
        var firstLine = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < labels.Length; i++)
        {
            var line = table.Rows[i].Line;
            if (!firstLine.TryAdd(labels[i], line))
            {
                problems.Warning(new InputProblem(InputProblemCode.DuplicateStudy, table.At(line, studyColumn),
                    InputMessages.DuplicateStudy(firstLine[labels[i]], table.Sheet is not null), header, labels[i]));
            }
        }
    }
}
