using CsvHelper;

namespace MetaReview.Review.RevMan.Internal;

/// <summary>One CSV record: its fields and the line it starts on.</summary>
internal sealed record CsvRecord(int Line, string[] Fields)
{
    /// <summary>The field at a column index, or "" when the column is absent (-1) or the record is short.</summary>
    public string this[int column] => column >= 0 && column < Fields.Length ? Fields[column] : "";
}

/// <summary>
/// A CSV file as a header and records with their line numbers (CsvHelper's reader: RFC 4180 quoting, fields that
/// span lines). The delimiter is the one among comma, semicolon and tab that the header line uses most.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, string[] header, List<CsvRecord> records)
    {
        File = file;
        Header = header;
        Records = records;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            _columns.TryAdd(Normalise(header[i]), i);
        }
    }

    public string File { get; }

    public string[] Header { get; }

    public List<CsvRecord> Records { get; }

    /// <summary>The index of the first column with one of the names (ignoring case, spacing and a byte order mark), or -1.</summary>
    public int Column(params string[] names)
    {
        foreach (var name in names)
        {
            if (_columns.TryGetValue(Normalise(name), out var i))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The header of a column, for messages.</summary>
    public string HeaderOf(int column) => column >= 0 && column < Header.Length ? Header[column].Trim().TrimStart('\uFEFF') : "";

    /// <summary>Where a field is.</summary>
    public RevManLocation At(CsvRecord record, int column) =>
        new(File, record.Line, column >= 0 ? column + 1 : null, column >= 0 ? HeaderOf(column) : null);

    /// <summary>Parses text; problems (stray quotes) are added to <paramref name="problems"/>. An empty file has no header.</summary>
    public static CsvTable Parse(string text, string file, List<RevManProblem> problems)
    {
        var newline = text.IndexOfAny(['\r', '\n']);
        var delimiter = Delimiter(text.AsSpan(0, newline < 0 ? text.Length : newline));
        var options = new CsvReaderOptions
        {
            Separator = delimiter,
            HasHeader = false,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrimWhitespace = false,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            OnMalformedRecord = m => problems.Add(new RevManProblem(new RevManLocation(file, (int)m.LineNumber),
                RevManMessages.CsvBadQuote(m.RawRecord ?? ""), IsError: false)),
        };
        var records = new List<CsvRecord>();
        string[]? header = null;
        using var reader = CsvReader.FromText(text, options);
        while (reader.Read())
        {
            var fields = reader.Current.ToArray();
            if (header is null)
            {
                header = fields;
                continue;
            }

            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            records.Add(new CsvRecord((int)reader.LineNumber, fields));
        }

        return new CsvTable(file, header ?? [], records);
    }

    private static char Delimiter(ReadOnlySpan<char> headerLine)
    {
        int comma = 0, semicolon = 0, tab = 0;
        foreach (var c in headerLine)
        {
            switch (c)
            {
                case ',': comma++; break;
                case ';': semicolon++; break;
                case '\t': tab++; break;
            }
        }

        return tab > comma && tab > semicolon ? '\t' : semicolon > comma ? ';' : ',';
    }

    private static string Normalise(string name)
    {
        var parts = name.Trim().TrimStart('\uFEFF').ToUpperInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', parts);
    }
}
