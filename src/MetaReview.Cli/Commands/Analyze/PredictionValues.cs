using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Reporting.Results;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>
/// <c>--predict "ablat=40,year=1970"</c>: moderator values by column name, turned into the model's design row (the
/// value of a numeric moderator, dummy codes for a factor level) for metafor's <c>predict(res, newmods=)</c>.
/// </summary>
internal static class PredictionValues
{
    /// <summary>The prediction at the values <paramref name="spec"/> gives for every moderator of the model.</summary>
    /// <exception cref="CliInputException">An unknown or missing moderator, a value that is not a number, or an unknown level.</exception>
    public static PredictionAt Predict(MetaRegressionResult model, string spec)
    {
        var design = model.Design;
        var moderators = design.Terms.Where(t => t.Column is not null).Select(t => t.Column!).Distinct(StringComparer.Ordinal).ToList();
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in spec.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw Problem(spec, $"write name=value pairs separated by commas, e.g. \"{string.Join(",", moderators.Select(m => m + "=..."))}\"; got '{item}'");
            }

            var name = item[..equals].Trim();
            var column = moderators.FirstOrDefault(m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase))
                ?? throw Problem(spec, $"'{name}' is not a moderator of the model {design.Formula} (its moderators: {string.Join(", ", moderators)})");
            if (!given.TryAdd(column, item[(equals + 1)..].Trim()))
            {
                throw Problem(spec, $"'{column}' is given twice");
            }
        }

        var missing = moderators.Where(m => !given.ContainsKey(m)).ToList();
        if (missing.Count > 0)
        {
            throw Problem(spec, $"give a value for every moderator ({string.Join(", ", moderators)}); missing: {string.Join(", ", missing)}");
        }

        var offset = design.HasIntercept ? 1 : 0;
        var x = new double[design.P - offset];
        foreach (var term in design.Terms.Where(t => t.Column is not null))
        {
            var value = given[term.Column!];
            if (term.Levels.IsEmpty)
            {
                if (!double.TryParse(value.Replace('\u2212', '-'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                {
                    throw Problem(spec, $"{term.Column} must be a number, got '{value}'");
                }

                x[term.FirstColumn - offset] = number;
                continue;
            }

            var level = term.Levels.IndexOf(Level(term.Levels, value));
            if (level < 0)
            {
                throw Problem(spec, $"'{value}' is not a level of {term.Label} ({string.Join(", ", term.Levels)})");
            }

            // Shown as the level is named in the data ("random" for "Random").
            given[term.Column!] = term.Levels[level];

            // Treatment contrasts: the reference level (the first, when the term has one column fewer than levels) is all zeros.
            var column = term.ColumnCount == term.Levels.Length ? level : level - 1;
            if (column >= 0)
            {
                x[term.FirstColumn - offset + column] = 1;
            }
        }

        var at = moderators.Select(m => new KeyValuePair<string, string>(m, given[m])).ToImmutableArray();
        return new PredictionAt(at, model.Predict(x));
    }

    /// <summary>The level written (exactly, ignoring case, or as the same number), or the text itself when none matches.</summary>
    private static string Level(ImmutableArray<string> levels, string value)
    {
        if (levels.Contains(value))
        {
            return value;
        }

        var byCase = levels.FirstOrDefault(l => string.Equals(l, value, StringComparison.OrdinalIgnoreCase));
        if (byCase is not null)
        {
            return byCase;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n)
            ? levels.FirstOrDefault(l => double.TryParse(l, NumberStyles.Float, CultureInfo.InvariantCulture, out var m) && m == n) ?? value
            : value;
    }

    private static CliInputException Problem(string spec, string what) => new($"metareview: --predict \"{spec}\": {what}.");
}
