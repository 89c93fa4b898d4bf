using MetaReview.Records.Import;

namespace MetaReview.Records.Internal;

/// <summary>
/// Turns rows of a table (CSV or worksheet) into records with a <see cref="ColumnMapping"/> resolved
/// against the header row once.
/// </summary>
internal sealed class TabularMapper
{
    private readonly ColumnMapping _mapping;
    private readonly Dictionary<string, int> _index = new(StringComparer.OrdinalIgnoreCase);

    private TabularMapper(ColumnMapping mapping, IReadOnlyList<string> header)
    {
        _mapping = mapping;
        for (var i = 0; i < header.Count; i++)
        {
            _index.TryAdd(header[i].Trim(), i);
        }
    }

    /// <summary>
    /// Resolves the mapping given in the options (every column it names must exist) or detected from the
    /// header; returns a problem text instead when that cannot be done.
    /// </summary>
    public static TabularMapper? Create(ColumnMapping? given, IReadOnlyList<string> header, out string? problem)
    {
        problem = null;
        var mapping = given ?? ColumnMapping.Detect(header);
        if (mapping?.Title is null)
        {
            problem = ImportMessages.CsvNoTitleColumn(string.Join(", ", header.Select(h => $"'{h.Trim()}'")));
            return null;
        }

        var mapper = new TabularMapper(mapping, header);
        if (given is not null)
        {
            foreach (var (field, column) in Named(given))
            {
                if (!mapper._index.ContainsKey(column))
                {
                    problem = ImportMessages.CsvMappedColumnMissing(field, column);
                    return null;
                }
            }
        }
        else if (!mapper._index.ContainsKey(mapping.Title))
        {
            problem = ImportMessages.CsvNoTitleColumn(string.Join(", ", header.Select(h => $"'{h.Trim()}'")));
            return null;
        }

        return mapper;
    }

    public Record Map(IReadOnlyList<TableCell> cells, int line, SourceContext context)
    {
        var m = _mapping;
        var b = context.NewRecord(line);
        b.Title(Cell(cells, m.Title));
        b.Abstract(Cell(cells, m.Abstract));
        AddAuthors(b, Cell(cells, m.Authors));
        b.Year(Cell(cells, m.Year));
        b.Journal(Cell(cells, m.Journal));
        b.Volume(Cell(cells, m.Volume));
        b.Issue(Cell(cells, m.Issue));
        b.Pages(Cell(cells, m.Pages), 0);
        b.StartPage(Cell(cells, m.StartPage));
        b.EndPage(Cell(cells, m.EndPage));
        if (Cell(cells, m.StartPage) is null)
        {
            b.Pages(Cell(cells, m.ArticleNumber), 5);
        }

        foreach (var column in m.Keywords)
        {
            b.Keywords(Cell(cells, column), m.KeywordSeparator);
        }

        if (m.Citation is not null && Cell(cells, m.Citation) is { } citation)
        {
            SourceCitation.ReadEmbase(citation, b, 1);
        }

        b.Doi(Cell(cells, m.Doi));
        b.Pmid(Cell(cells, m.Pmid));
        b.Pmcid(Cell(cells, m.Pmcid));
        b.WosUt(Cell(cells, m.WosUt));
        b.ScopusEid(Cell(cells, m.ScopusEid));
        b.Type(RecordTypes.FromName(Cell(cells, m.Type)));
        b.Language(Cell(cells, m.Language));
        foreach (var column in m.Urls)
        {
            b.Url(Cell(cells, column));
        }

        b.Database(m.Database, 50);
        return b.Build();
    }

    private void AddAuthors(RecordBuilder b, string? cell)
    {
        if (cell is null)
        {
            return;
        }

        var separator = _mapping.AuthorList == AuthorListStyle.SemicolonOrComma && !cell.Contains(';', StringComparison.Ordinal) ? ',' : ';';
        foreach (var name in TextCleanup.SplitList(cell, separator))
        {
            b.Author(_mapping.AuthorsGivenNamesFirst ? AuthorNames.GivenFirstToSurnameFirst(name) : name);
        }
    }

    private string? Cell(IReadOnlyList<TableCell> cells, string? column)
    {
        if (column is null || !_index.TryGetValue(column, out var i) || i >= cells.Count)
        {
            return null;
        }

        var value = cells[i].Value;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static IEnumerable<(string Field, string Column)> Named(ColumnMapping m)
    {
        (string, string?)[] single =
        [
            ("the title", m.Title), ("the abstract", m.Abstract), ("the authors", m.Authors), ("the year", m.Year),
            ("the journal", m.Journal), ("the volume", m.Volume), ("the issue", m.Issue), ("the pages", m.Pages),
            ("the first page", m.StartPage), ("the last page", m.EndPage), ("the article number", m.ArticleNumber),
            ("the DOI", m.Doi), ("the PMID", m.Pmid), ("the PMCID", m.Pmcid), ("the WoS accession number", m.WosUt),
            ("the Scopus EID", m.ScopusEid), ("the type", m.Type), ("the language", m.Language), ("the citation", m.Citation),
        ];
        foreach (var (field, column) in single)
        {
            if (column is not null)
            {
                yield return (field, column);
            }
        }

        foreach (var column in m.Keywords)
        {
            yield return ("keywords", column);
        }

        foreach (var column in m.Urls)
        {
            yield return ("links", column);
        }
    }
}
