using System.Collections.Immutable;

namespace MetaReview.Review.Input.Internal;

/// <summary>
/// What each column of a file holds: the data roles recognised from the header, the study label
/// column, and the columns that are not recognised (kept as extra columns).
/// </summary>
internal sealed class ColumnMap
{
    private readonly Dictionary<ColumnRole, int> _roles;

    private ColumnMap(ImmutableArray<string> names, Dictionary<ColumnRole, int> roles, int? studyColumn, ImmutableArray<int> otherColumns)
    {
        Names = names;
        _roles = roles;
        StudyColumn = studyColumn;
        OtherColumns = otherColumns;
    }

    /// <summary>The column names, trimmed; a blank header with values is named "Column N".</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>The study label column, the highest-priority study name present.</summary>
    public int? StudyColumn { get; }

    /// <summary>Columns with no data role: unrecognised ones and study-name columns not chosen as labels.</summary>
    public ImmutableArray<int> OtherColumns { get; }

    /// <summary>The recognised data columns.</summary>
    public IEnumerable<KeyValuePair<ColumnRole, int>> DataColumns => _roles;

    public bool Has(ColumnRole role) => _roles.ContainsKey(role);

    public int IndexOf(ColumnRole role) => _roles[role];

    public string Header(ColumnRole role) => Names[_roles[role]];

    /// <summary>True when the study labels are authors (e.g. metadat's "author") that a "year" column can complete.</summary>
    public bool StudyIsAuthor => StudyColumn is { } c && ColumnAliases.IsAuthor(Names[c]);

    /// <summary>The first unrecognised column named "year" (any case), or <see langword="null"/>.</summary>
    public int? YearColumn => OtherColumns.Where(c => ColumnAliases.Normalize(Names[c]) == "year").Select(c => (int?)c).FirstOrDefault();

    /// <summary>Maps the header; reports two columns with one role (an error) and unnamed columns with values (a warning).</summary>
    public static ColumnMap Build(RawTable table, ProblemCollector problems)
    {
        var names = new string[table.Headers.Length];
        var roles = new Dictionary<ColumnRole, int>();
        var others = new List<int>();
        (int Column, int Rank)? study = null;
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = table.Headers[i].Trim();
            if (names[i].Length == 0)
            {
                if (table.Rows.All(row => row[i].IsBlank))
                {
                    continue; // trailing separators, an empty spreadsheet column: nothing to keep
                }

                names[i] = InputMessages.UnnamedColumn(i);
                problems.Warning(new InputProblem(InputProblemCode.BlankHeader, table.At(table.HeaderLine, i), InputMessages.BlankHeader(names[i]), names[i]));
            }

            switch (ColumnAliases.Recognise(names[i]))
            {
                case null:
                    others.Add(i);
                    break;
                case (ColumnRole.Study, var rank):
                    if (study is { } current && current.Rank <= rank)
                    {
                        others.Add(i);
                    }
                    else
                    {
                        if (study is { } replaced)
                        {
                            others.Add(replaced.Column);
                        }

                        study = (i, rank);
                    }

                    break;
                case (var role, _) when roles.TryGetValue(role, out var first):
                    problems.Error(new InputProblem(InputProblemCode.DuplicateColumn, table.At(table.HeaderLine, i),
                        InputMessages.DuplicateColumn(ColumnAliases.Canonical(role), names[first]), names[i]));
                    break;
                case (var role, _):
                    roles[role] = i;
                    break;
            }
        }

        others.Sort();
        return new ColumnMap([.. names], roles, study?.Column, [.. others]);
    }
}
