using System.Globalization;
using MetaReview.Statistics.MetaRegression;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>
/// <c>--btt</c>: the coefficients to test together, as metafor's <c>anova(res, btt=)</c> takes them: coefficient
/// names (<c>factor(alloc)random</c>), terms (<c>factor(alloc)</c>), columns (<c>alloc</c>) or 1-based positions and
/// ranges (<c>2</c>, <c>2:3</c>), comma-separated.
/// </summary>
internal static class CoefficientSelection
{
    /// <summary>The omnibus test of the coefficients <paramref name="spec"/> selects.</summary>
    /// <exception cref="CliInputException">An item that selects no coefficient; the message lists them.</exception>
    public static ModeratorTest Test(MetaRegressionResult model, string spec)
    {
        var names = model.Coefficients.Select(c => c.Name).ToList();
        var indices = new SortedSet<int>();
        foreach (var raw in spec.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (Positions(raw, names.Count) is { } positions)
            {
                indices.UnionWith(positions);
                continue;
            }

            try
            {
                indices.UnionWith(model.Design.ColumnsOf(raw));
            }
            catch (ArgumentException)
            {
                throw Problem(spec, $"'{raw}' is not a coefficient, term or column of the model", names);
            }
        }

        if (indices.Count == 0)
        {
            throw Problem(spec, "name at least one coefficient", names);
        }

        return model.TestCoefficients([.. indices]);
    }

    /// <summary>0-based indices for "3" or "2:4" (1-based), null when the item is not a position; out of range is an error.</summary>
    private static IEnumerable<int>? Positions(string item, int p)
    {
        var parts = item.Split(':', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || !parts.All(x => int.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return null;
        }

        var from = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var to = int.Parse(parts[^1], CultureInfo.InvariantCulture);
        if (from < 1 || to > p || from > to)
        {
            throw new CliInputException($"metareview: --btt \"{item}\": positions run from 1 to {p} (the model has {p} coefficients).");
        }

        return Enumerable.Range(from - 1, to - from + 1);
    }

    private static CliInputException Problem(string spec, string what, IEnumerable<string> names) =>
        new($"metareview: --btt \"{spec}\": {what}. The coefficients are: {string.Join(", ", names.Select((n, i) => $"{i + 1} {n}"))}.");
}
