using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Statistics.Internal;

namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// The model matrix X of a meta-regression, built from a <see cref="ModeratorFormula"/> and moderator columns as
/// R's <c>model.matrix()</c> builds it for metafor: an intercept column <c>intrcpt</c> (unless removed), one
/// column per numeric moderator, and for a factor one dummy column per level other than the first (treatment
/// contrasts; named e.g. <c>factor(alloc)random</c>). Without an intercept the first factor gets a column for
/// every level. Factor levels are those of the included studies, sorted (numerically for a numeric column,
/// ordinally for labels) unless the column gives an order. Studies with a missing value in a column the formula
/// uses are left out (<see cref="ExcludedRows"/>), as metafor does with <c>na.action="na.omit"</c>.
/// </summary>
public sealed class DesignMatrix
{
    /// <summary>metafor's name for the intercept column.</summary>
    public const string InterceptName = "intrcpt";

    private readonly double[] _values;

    private DesignMatrix(ModeratorFormula formula, int studies, ImmutableArray<string> columnNames, ImmutableArray<DesignTerm> terms,
        ImmutableArray<int> includedRows, ImmutableArray<int> excludedRows, ImmutableArray<string> excludedBecause, double[] values)
    {
        Formula = formula;
        Studies = studies;
        ColumnNames = columnNames;
        Terms = terms;
        IncludedRows = includedRows;
        ExcludedRows = excludedRows;
        ExcludedBecause = excludedBecause;
        _values = values;
    }

    /// <summary>The formula the design was built from.</summary>
    public ModeratorFormula Formula { get; }

    /// <summary>Number of studies in the moderator columns (included or not).</summary>
    public int Studies { get; }

    /// <summary>Number of studies in the model (rows of X).</summary>
    public int K => IncludedRows.Length;

    /// <summary>Number of columns (coefficients).</summary>
    public int P => ColumnNames.Length;

    /// <summary>True when the first column is the intercept.</summary>
    public bool HasIntercept => Formula.Intercept;

    /// <summary>Column (coefficient) names in order, as metafor names them.</summary>
    public ImmutableArray<string> ColumnNames { get; }

    /// <summary>The terms (including the intercept) and the columns they occupy.</summary>
    public ImmutableArray<DesignTerm> Terms { get; }

    /// <summary>0-based indices of the studies in the model, in input order.</summary>
    public ImmutableArray<int> IncludedRows { get; }

    /// <summary>0-based indices of the studies left out for a missing moderator value.</summary>
    public ImmutableArray<int> ExcludedRows { get; }

    /// <summary>For each excluded study, the moderator(s) it misses.</summary>
    public ImmutableArray<string> ExcludedBecause { get; }

    /// <summary>X[row, column], with row indexing the included studies (0 … K − 1).</summary>
    public double this[int row, int column] => _values[row * P + column];

    /// <summary>X row-major (K × P); not to be modified.</summary>
    internal double[] Values => _values;

    /// <summary>Builds the design for <paramref name="formula"/> from the given columns (all of equal length).</summary>
    /// <exception cref="FormatException">When <paramref name="formula"/> cannot be parsed.</exception>
    /// <exception cref="ArgumentException">
    /// For a formula naming an unknown column, columns of different lengths, a factor with a single level, no
    /// moderator at all, more coefficients than studies, or a column that is a linear combination of the others
    /// (e.g. a moderator constant over the included studies).
    /// </exception>
    public static DesignMatrix Build(string formula, IReadOnlyList<ModeratorColumn> columns) => Build(ModeratorFormula.Parse(formula), columns);

    /// <inheritdoc cref="Build(string, IReadOnlyList{ModeratorColumn})"/>
    public static DesignMatrix Build(ModeratorFormula formula, IReadOnlyList<ModeratorColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(columns);
        if (formula.Terms.IsEmpty)
        {
            throw new ArgumentException($"The formula '{formula.Text}' has no moderators; fit the intercept-only model (InverseVariance.Fit) instead.", nameof(formula));
        }

        var byName = new Dictionary<string, ModeratorColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            ArgumentNullException.ThrowIfNull(column, nameof(columns));
            if (!byName.TryAdd(column.Name, column))
            {
                throw new ArgumentException($"Two moderator columns are named '{column.Name}'.", nameof(columns));
            }
        }

        var used = new List<ModeratorColumn>();
        foreach (var term in formula.Terms)
        {
            if (!byName.TryGetValue(term.Column, out var column))
            {
                var known = byName.Count == 0 ? "none given" : string.Join(", ", byName.Keys);
                throw new ArgumentException($"The formula '{formula.Text}' uses the moderator '{term.Column}', which is not among the columns ({known}).", nameof(formula));
            }

            if (!used.Contains(column))
            {
                used.Add(column);
            }
        }

        var studies = used[0].Count;
        foreach (var column in used)
        {
            if (column.Count != studies)
            {
                throw new ArgumentException($"Moderator '{column.Name}' has {column.Count} values but '{used[0].Name}' has {studies}; every moderator needs one value per study.", nameof(columns));
            }
        }

        var included = ImmutableArray.CreateBuilder<int>();
        var excluded = ImmutableArray.CreateBuilder<int>();
        var because = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < studies; i++)
        {
            var missing = used.Where(c => c.IsMissing(i)).Select(c => c.Name).ToList();
            if (missing.Count == 0)
            {
                included.Add(i);
            }
            else
            {
                excluded.Add(i);
                because.Add(string.Join(", ", missing));
            }
        }

        var rows = included.ToImmutable();
        var names = ImmutableArray.CreateBuilder<string>();
        var terms = ImmutableArray.CreateBuilder<DesignTerm>();
        var columnsOut = new List<Func<int, double>>();
        if (formula.Intercept)
        {
            terms.Add(new DesignTerm(InterceptName, null, 0, 1, []));
            names.Add(InterceptName);
            columnsOut.Add(static _ => 1);
        }

        var fullCoding = !formula.Intercept;
        foreach (var term in formula.Terms)
        {
            var column = byName[term.Column];
            var first = names.Count;
            if (!term.IsFactor && !column.IsCategorical)
            {
                names.Add(term.Label);
                var numbers = column.Numbers;
                columnsOut.Add(i => numbers[i]);
                terms.Add(new DesignTerm(term.Label, term.Column, first, 1, []));
                continue;
            }

            var (levels, codes) = Levels(column, rows);
            if (levels.Length < 2)
            {
                throw new ArgumentException(
                    $"Moderator '{term.Label}' has a single level ('{(levels.Length == 1 ? levels[0] : "")}') among the {rows.Length} studies in the model; a moderator must vary.", nameof(columns));
            }

            var label = term.IsFactor ? term.Label : term.Column;
            for (var level = fullCoding ? 0 : 1; level < levels.Length; level++)
            {
                names.Add(label + levels[level]);
                var target = level;
                columnsOut.Add(i => codes[i] == target ? 1 : 0);
            }

            fullCoding = false;
            terms.Add(new DesignTerm(label, term.Column, first, names.Count - first, levels));
        }

        var k = rows.Length;
        var p = names.Count;
        if (k < p)
        {
            throw new ArgumentException(
                $"The formula '{formula.Text}' needs {p} coefficients but only {k} studies have all its moderators; a meta-regression needs more studies than coefficients.", nameof(columns));
        }

        var values = new double[k * p];
        for (var r = 0; r < k; r++)
        {
            for (var c = 0; c < p; c++)
            {
                values[r * p + c] = columnsOut[c](rows[r]);
            }
        }

        var bad = RegressionFit.FindCollinearColumn(values, k, p);
        if (bad >= 0)
        {
            var previous = bad == 0 ? "" : $" {string.Join(", ", names.Take(bad))}";
            throw new ArgumentException(bad == 0 || (formula.Intercept && IsConstant(values, k, p, bad))
                ? $"Moderator column '{names[bad]}' is constant over the {k} studies in the model, so its effect cannot be estimated; leave it out."
                : $"Moderator column '{names[bad]}' is a linear combination of the columns before it ({previous.Trim()}), so the coefficients cannot be estimated; leave one of them out.",
                nameof(columns));
        }

        return new DesignMatrix(formula, studies, names.ToImmutable(), terms.ToImmutable(), rows, excluded.ToImmutable(), because.ToImmutable(), values);
    }

    /// <summary>
    /// The 0-based columns a name selects, as metafor's <c>btt</c>: a coefficient name
    /// (<c>factor(alloc)random</c>), a term label (<c>factor(alloc)</c>, <c>ablat</c>) or a moderator column name
    /// (<c>alloc</c>) selects all the columns of that term.
    /// </summary>
    /// <exception cref="ArgumentException">When the name matches no column.</exception>
    public ImmutableArray<int> ColumnsOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var exact = ColumnNames.IndexOf(name, 0, StringComparer.Ordinal);
        if (exact >= 0)
        {
            return [exact];
        }

        foreach (var term in Terms)
        {
            if (term.Label == name || term.Column == name)
            {
                return [.. Enumerable.Range(term.FirstColumn, term.ColumnCount)];
            }
        }

        throw new ArgumentException($"'{name}' is neither a coefficient ({string.Join(", ", ColumnNames)}) nor a term of '{Formula.Text}'.", nameof(name));
    }

    private static (ImmutableArray<string> Levels, int[] Codes) Levels(ModeratorColumn column, ImmutableArray<int> rows)
    {
        var codes = new int[column.Count];
        if (column.IsCategorical)
        {
            var present = new HashSet<string>(rows.Select(r => column.Labels[r]!), StringComparer.Ordinal);
            var levels = column.Levels.IsEmpty
                ? present.Order(StringComparer.Ordinal).ToImmutableArray()
                : column.Levels.Where(present.Contains).ToImmutableArray();
            var index = levels.Select((l, i) => (l, i)).ToDictionary(t => t.l, t => t.i, StringComparer.Ordinal);
            foreach (var r in rows)
            {
                codes[r] = index[column.Labels[r]!];
            }

            return (levels, codes);
        }

        var numbers = rows.Select(r => column.Numbers[r]).Distinct().Order().ToArray();
        foreach (var r in rows)
        {
            codes[r] = Array.BinarySearch(numbers, column.Numbers[r]);
        }

        // R's as.character() of a number: up to 15 significant digits.
        return ([.. numbers.Select(n => n.ToString("G15", CultureInfo.InvariantCulture))], codes);
    }

    private static bool IsConstant(double[] values, int k, int p, int column)
    {
        for (var r = 1; r < k; r++)
        {
            if (values[r * p + column] != values[column])
            {
                return false;
            }
        }

        return true;
    }
}
