using System.Text;

namespace MetaReview.Records.Internal;

/// <summary>
/// Splits delimited text (RFC 4180 CSV, or tab-separated) into rows, streaming, and keeps the line and
/// column where each cell starts so that problems can be placed. Quoted cells may hold delimiters, doubled
/// quotes and line breaks; CR LF, CR and LF all end a row. With quoting off (Web of Science tab-delimited
/// files do not quote), a quote is an ordinary character.
/// </summary>
internal sealed class DelimitedParser(TextReader reader, SourceContext context, char delimiter, bool quoting)
{
    private readonly StringBuilder _cell = new();
    private int _line = 1;
    private int _column;

    /// <summary>The delimiter most used in a header line, outside quotes: comma, semicolon or tab.</summary>
    public static char DetectDelimiter(string headerLine)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in headerLine)
        {
            switch (c)
            {
                case '"': quoted = !quoted; break;
                case ',' when !quoted: commas++; break;
                case ';' when !quoted: semicolons++; break;
                case '\t' when !quoted: tabs++; break;
                default: break;
            }
        }

        return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
    }

    /// <summary>Rows in order; blank lines are skipped.</summary>
    public IEnumerable<TableRow> Rows()
    {
        while (reader.Peek() != -1)
        {
            var row = ReadRow();
            if (row.Error is null && row.Cells.Count == 1 && row.Cells[0].Value.Length == 0)
            {
                continue;
            }

            yield return row;
            if (row.Error is not null)
            {
                yield break;
            }
        }
    }

    private TableRow ReadRow()
    {
        var cells = new List<TableCell>();
        List<ImportProblem>? warnings = null;
        var rowLine = _line;
        while (true)
        {
            var cellLine = _line;
            var cellColumn = _column + 1;
            _cell.Clear();
            if (quoting && reader.Peek() == '"')
            {
                Next();
                if (!ReadQuoted())
                {
                    cells.Add(new TableCell(_cell.ToString(), cellLine, cellColumn));
                    var error = context.Error(cellLine, cellColumn, ImportMessages.CsvUnclosedQuote);
                    return new TableRow(rowLine, cells, warnings ?? [], error);
                }

                var warned = false;
                while (reader.Peek() is var c && c != -1 && c != delimiter && c != '\r' && c != '\n')
                {
                    if (!warned)
                    {
                        (warnings ??= []).Add(context.Warning(_line, _column + 1, ImportMessages.CsvTextAfterQuote((char)c)));
                        warned = true;
                    }

                    _cell.Append((char)Next());
                }
            }
            else
            {
                while (reader.Peek() is var c && c != -1 && c != delimiter && c != '\r' && c != '\n')
                {
                    _cell.Append((char)Next());
                }
            }

            cells.Add(new TableCell(_cell.ToString(), cellLine, cellColumn));
            var end = Next();
            if (end == delimiter)
            {
                continue;
            }

            if (end == '\r' && reader.Peek() == '\n')
            {
                Next();
            }

            if (end is '\r' or '\n')
            {
                NewLine();
            }

            return new TableRow(rowLine, cells, warnings ?? [], null);
        }
    }

    /// <summary>Reads a quoted cell after its opening quote; false when the file ends before the closing quote.</summary>
    private bool ReadQuoted()
    {
        while (true)
        {
            var c = Next();
            switch (c)
            {
                case -1:
                    return false;
                case '"' when reader.Peek() == '"':
                    Next();
                    _cell.Append('"');
                    break;
                case '"':
                    return true;
                case '\r':
                    if (reader.Peek() == '\n')
                    {
                        Next();
                    }

                    _cell.Append('\n');
                    NewLine();
                    break;
                case '\n':
                    _cell.Append('\n');
                    NewLine();
                    break;
                default:
                    _cell.Append((char)c);
                    break;
            }
        }
    }

    private int Next()
    {
        var c = reader.Read();
        if (c != -1)
        {
            _column++;
        }

        return c;
    }

    private void NewLine()
    {
        _line++;
        _column = 0;
    }
}
