using System.Collections.Immutable;

namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// One study-level moderator, parallel to the effect sizes: numeric (e.g. absolute latitude, publication year)
/// or categorical (e.g. allocation method). A missing value is <see cref="double.NaN"/> in a numeric column and
/// <see langword="null"/> or an empty string in a categorical one; studies with a missing value in a moderator
/// the formula uses are left out of the model (metafor's default <c>na.action="na.omit"</c>).
/// </summary>
public sealed class ModeratorColumn
{
    private ModeratorColumn(string name, ImmutableArray<double> numbers, ImmutableArray<string?> labels, ImmutableArray<string> levels)
    {
        Name = name;
        Numbers = numbers;
        Labels = labels;
        Levels = levels;
    }

    /// <summary>The column name the formula refers to (case-sensitive, as in R).</summary>
    public string Name { get; }

    /// <summary>True for a categorical column (always entered as a factor).</summary>
    public bool IsCategorical => !Labels.IsDefault;

    /// <summary>Number of studies.</summary>
    public int Count => IsCategorical ? Labels.Length : Numbers.Length;

    /// <summary>The values of a numeric column (NaN = missing); default for a categorical column.</summary>
    public ImmutableArray<double> Numbers { get; }

    /// <summary>The values of a categorical column (null or empty = missing); default for a numeric column.</summary>
    public ImmutableArray<string?> Labels { get; }

    /// <summary>
    /// The level order given for a categorical column (the first level is the reference category), or empty:
    /// then levels are sorted ordinally, as R's <c>factor()</c> does in the C locale.
    /// </summary>
    public ImmutableArray<string> Levels { get; }

    /// <summary>A numeric moderator. Enter it as <c>name</c> (a slope) or <c>factor(name)</c> (levels sorted numerically).</summary>
    /// <param name="name">Column name used in the formula.</param>
    /// <param name="values">One value per study; NaN marks a missing value. Infinite values are rejected.</param>
    /// <exception cref="ArgumentException">For an empty name or an infinite value.</exception>
    public static ModeratorColumn Numeric(string name, IReadOnlyList<double> values)
    {
        CheckName(name);
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Count; i++)
        {
            if (double.IsInfinity(values[i]))
            {
                throw new ArgumentException($"Moderator '{name}', study {i + 1}: the value must be finite (or NaN for missing), got {values[i]}.", nameof(values));
            }
        }

        return new ModeratorColumn(name, [.. values], default, []);
    }

    /// <summary>A categorical moderator, entered with treatment contrasts against its first level.</summary>
    /// <param name="name">Column name used in the formula.</param>
    /// <param name="values">One label per study; null or empty marks a missing value.</param>
    /// <param name="levels">
    /// Optional level order (first = reference); every non-missing value must be one of them. Default: the
    /// distinct values sorted ordinally (R's default for <c>factor()</c>).
    /// </param>
    /// <exception cref="ArgumentException">For an empty name, repeated levels, or a value not among <paramref name="levels"/>.</exception>
    public static ModeratorColumn Categorical(string name, IReadOnlyList<string?> values, IReadOnlyList<string>? levels = null)
    {
        CheckName(name);
        ArgumentNullException.ThrowIfNull(values);
        var order = levels is null ? ImmutableArray<string>.Empty : [.. levels];
        if (order.Length > 0)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var level in order)
            {
                if (string.IsNullOrEmpty(level) || !set.Add(level))
                {
                    throw new ArgumentException($"Moderator '{name}': the levels must be distinct and non-empty; '{level}' is not.", nameof(levels));
                }
            }

            for (var i = 0; i < values.Count; i++)
            {
                if (!string.IsNullOrEmpty(values[i]) && !set.Contains(values[i]!))
                {
                    throw new ArgumentException(
                        $"Moderator '{name}', study {i + 1}: '{values[i]}' is not one of the given levels ({string.Join(", ", order)}).", nameof(values));
                }
            }
        }

        return new ModeratorColumn(name, default, [.. values], order);
    }

    internal bool IsMissing(int study) => IsCategorical ? string.IsNullOrEmpty(Labels[study]) : double.IsNaN(Numbers[study]);

    private static void CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A moderator needs a name.", nameof(name));
        }
    }
}
