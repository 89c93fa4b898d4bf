using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>
/// The moderator columns a formula uses, read from the data file's study-level columns for the studies in the model:
/// a column whose values are all numbers is numeric, one of labels is categorical (a factor). Studies with an empty
/// cell in a moderator are left out, each with a located reason (metafor's <c>na.action="na.omit"</c>); text in a
/// column entered as a number is an error naming the cell.
/// </summary>
/// <param name="Columns">The moderator columns over the studies kept, named as the formula names them.</param>
/// <param name="Kept">For each study kept, its position among the studies given.</param>
/// <param name="Excluded">The studies left out, with the file position and the moderators they miss.</param>
internal sealed record ModeratorColumns(ImmutableArray<ModeratorColumn> Columns, ImmutableArray<int> Kept, ImmutableArray<StudyNote> Excluded)
{
    /// <summary>Reads the columns of <paramref name="formula"/> for the studies at <paramref name="rows"/> (indices into the dataset).</summary>
    /// <exception cref="CliInputException">An unknown column, or text in a column used as a number.</exception>
    public static ModeratorColumns Read(AnalysisDataset dataset, IReadOnlyList<int> rows, ModeratorFormula formula)
    {
        var names = formula.Terms.Select(t => t.Column).Distinct(StringComparer.Ordinal).ToList();
        var sources = names.Select(n => ColumnLookup.Find(dataset, n, "--mods")).ToList();

        var kept = new List<int>();
        var excluded = ImmutableArray.CreateBuilder<StudyNote>();
        for (var r = 0; r < rows.Count; r++)
        {
            var missing = names.Where((_, c) => sources[c].Values[rows[r]] is null).ToList();
            if (missing.Count == 0)
            {
                kept.Add(r);
                continue;
            }

            var which = missing.Count == 1 ? $"moderator '{missing[0]}'" : $"moderators {string.Join(", ", missing.Select(m => $"'{m}'"))}";
            excluded.Add(new StudyNote(dataset.Studies[rows[r]].Study, $"{dataset.LocationOf(rows[r])}: no value for {which}"));
        }

        var columns = ImmutableArray.CreateBuilder<ModeratorColumn>(names.Count);
        for (var c = 0; c < names.Count; c++)
        {
            var values = kept.Select(r => sources[c].Values[rows[r]]!).ToList();
            var numbers = values.Select(Number).ToList();
            if (numbers.All(n => n is not null))
            {
                columns.Add(ModeratorColumn.Numeric(names[c], [.. numbers.Select(n => n!.Value)]));
                continue;
            }

            // Labels: a factor. A column entered as a number (not factor(...)) that mixes numbers and text is a typo, not categories.
            var asNumber = formula.Terms.Any(t => t.Column == names[c] && !t.IsFactor);
            var text = numbers.FindIndex(n => n is null);
            if (asNumber && numbers.Any(n => n is not null))
            {
                var row = rows[kept[text]];
                throw new CliInputException(
                    $"{dataset.LocationOf(row)}: moderator '{sources[c].Name}' of study '{dataset.Studies[row].Study}' must be a number, got '{values[text]}'. " +
                    $"Leave the cell empty for a missing value, or write factor({names[c]}) to use the values as categories.");
            }

            columns.Add(ModeratorColumn.Categorical(names[c], values));
        }

        return new ModeratorColumns(columns.MoveToImmutable(), [.. kept], excluded.ToImmutable());
    }

    private static double? Number(string text) =>
        double.TryParse(text.Replace('\u2212', '-'), NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x) ? x : null;
}
