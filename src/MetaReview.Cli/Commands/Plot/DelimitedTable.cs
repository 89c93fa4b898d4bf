using System.Text;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// A small CSV table (risk-of-bias judgements, PRISMA counts): UTF-8 with or without a byte-order mark, comma,
/// semicolon or tab separated (detected from the header), RFC 4180 quoting, empty lines skipped; each row keeps the
/// physical line it starts on, for messages.
/// </summary>
internal sealed record DelimitedTable(string Source, IReadOnlyList<string> Header, IReadOnlyList<DelimitedRow> Rows)
{
    /// <summary>Reads the file; an unreadable file, text that is not UTF-8, broken quoting or no rows is an input error.</summary>
    public static DelimitedTable Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliInputException($"metareview: file '{path}' not found.");
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            throw new CliInputException($"{path}: the file is not UTF-8 text; save it as 'CSV UTF-8'.");
        }

        var records = Parse(path, text);
        if (records.Count == 0)
        {
            throw new CliInputException($"{path}: the file is empty; it needs a header line and one line per row.");
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        var rows = records.Skip(1).Where(r => r.Fields.Any(f => !string.IsNullOrWhiteSpace(f))).ToList();
        if (rows.Count == 0)
        {
            throw new CliInputException($"{path}: the file has a header but no rows.");
        }

        return new DelimitedTable(path, header, rows);
    }

    /// <summary>The index of the first header matching one of the names (ignoring case, spaces, dots, underscores and hyphens), or −1.</summary>
    public int IndexOf(params string[] names) =>
        Header.Select((h, i) => (Key: Key(h), Index: i)).Where(h => names.Any(n => Key(n) == h.Key)).Select(h => h.Index).DefaultIfEmpty(-1).First();

    /// <summary>"file.csv:7: column 'D3'" — where a cell is, for messages.</summary>
    public string Where(DelimitedRow row, int column) => $"{Source}:{row.Line}: column '{Header[column]}'";

    internal static string Key(string name) => new([.. name.Where(ch => !char.IsWhiteSpace(ch) && ch is not ('.' or '_' or '-')).Select(char.ToLowerInvariant)]);

    private static List<DelimitedRow> Parse(string path, string text)
    {
        var firstLine = text.Split('\n', 2)[0];
        var separator = new[] { ',', ';', '\t' }.OrderByDescending(s => firstLine.Count(ch => ch == s)).First();
        var rows = new List<DelimitedRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        var quoteLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += ch == '\n' ? 1 : 0;
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.ToString().Trim().Length == 0)
            {
                quoted = true;
                quoteLine = line;
                field.Clear();
            }
            else if (ch == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add(new DelimitedRow(rowLine, [.. fields]));
                fields.Clear();
                line++;
                rowLine = line;
            }
            else
            {
                field.Append(ch);
            }
        }

        if (quoted)
        {
            throw new CliInputException($"{path}:{quoteLine}: a quoted field is not closed (a '\"' is missing).");
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            rows.Add(new DelimitedRow(rowLine, [.. fields]));
        }

        return [.. rows.Where(r => r.Fields.Length > 1 || r.Fields[0].Trim().Length > 0)];
    }
}

/// <summary>One row of a <see cref="DelimitedTable"/>: the 1-based line it starts on and its fields as written.</summary>
internal sealed record DelimitedRow(int Line, string[] Fields)
{
    /// <summary>The trimmed field, or null when it is missing or empty.</summary>
    public string? this[int column] => column >= 0 && column < Fields.Length && Fields[column].Trim() is { Length: > 0 } value ? value : null;
}
