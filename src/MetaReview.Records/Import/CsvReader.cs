using MetaReview.Records.Internal;

namespace MetaReview.Records.Import;

/// <summary>
/// Delimited text with a header row (comma, semicolon or tab, detected from the header): Scopus, Embase,
/// IEEE Xplore exports and any other table through a <see cref="ColumnMapping"/>.
/// </summary>
/// <remarks>
/// A row with more non-empty cells than the header has columns is malformed (a delimiter inside an
/// unquoted cell shifts every later column) and is skipped; missing trailing cells are read as empty.
/// An unclosed quote is reported at the quote and ends the file.
/// </remarks>
internal sealed class CsvReader : ITextRecordReader
{
    public IEnumerable<ReadItem> Read(TextReader reader, SourceContext context)
    {
        var headerLine = reader.ReadLine();
        if (headerLine is null)
        {
            yield return ReadItem.Fatal(context.Error(1, 1, ImportMessages.CsvNoHeader));
            yield break;
        }

        var delimiter = DelimitedParser.DetectDelimiter(headerLine);
        var parser = new DelimitedParser(new ChainedTextReader(headerLine + "\n", reader), context, delimiter, quoting: true);
        using var rows = parser.Rows().GetEnumerator();
        if (!rows.MoveNext())
        {
            yield return ReadItem.Fatal(context.Error(1, 1, ImportMessages.CsvNoHeader));
            yield break;
        }

        var header = rows.Current.Cells.Select(c => c.Value.Trim().TrimStart('\uFEFF')).ToList();
        var mapper = TabularMapper.Create(context.Options.Columns, header, out var problem);
        if (mapper is null)
        {
            yield return ReadItem.Fatal(context.Error(1, 1, problem!));
            yield break;
        }

        while (rows.MoveNext())
        {
            foreach (var item in ReadRow(rows.Current, header.Count, mapper, context))
            {
                yield return item;
            }
        }
    }

    /// <summary>One data row: its warnings, then the record or the reason it was skipped.</summary>
    internal static IEnumerable<ReadItem> ReadRow(TableRow row, int columns, TabularMapper mapper, SourceContext context)
    {
        foreach (var warning in row.Warnings)
        {
            yield return ReadItem.Note(warning);
        }

        if (row.Error is not null)
        {
            yield return ReadItem.Malformed(row.Error);
            yield break;
        }

        var used = row.Cells.Count;
        while (used > columns && string.IsNullOrWhiteSpace(row.Cells[used - 1].Value))
        {
            used--;
        }

        if (used > columns)
        {
            var extra = row.Cells[columns];
            yield return ReadItem.Malformed(context.Error(extra.Line, extra.Column, ImportMessages.CsvCellCount(used, columns)));
            yield break;
        }

        yield return ReadItem.Ok(mapper.Map(row.Cells, row.Line, context));
    }
}
