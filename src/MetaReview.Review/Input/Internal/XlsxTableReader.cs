using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ExcelDataReader;

namespace MetaReview.Review.Input.Internal;

/// <summary>
/// Reads one worksheet of an .xlsx workbook into a <see cref="RawTable"/> with ExcelDataReader: the
/// named sheet (ignoring case) or the first, the first non-empty row as the header, row numbers as
/// Excel shows them. Numeric cells keep their number; other cells are read as text.
/// </summary>
internal static class XlsxTableReader
{
    static XlsxTableReader()
    {
        // ExcelDataReader's configuration asks for code page 1252 even for .xlsx; .NET has it only
        // through the code-pages provider (registering it is idempotent and process-wide).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static RawTable? Read(Stream content, string source, string? sheet, ProblemCollector problems)
    {
        var file = new InputLocation(source);
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(content);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // ExcelDataReader reports a damaged or foreign file with several exception types (zip,
            // XML, its own header exceptions): all of them mean the file is not a workbook we can read.
            problems.Error(new InputProblem(InputProblemCode.NotAWorkbook, file, InputMessages.NotAWorkbook(e.Message)));
            return null;
        }

        using (reader)
        {
            var names = new List<string>();
            var found = false;
            RawTable? table = null;
            do
            {
                names.Add(reader.Name);
                if (!found && (sheet is null || string.Equals(reader.Name, sheet.Trim(), StringComparison.OrdinalIgnoreCase)))
                {
                    found = true;
                    table = ReadSheet(reader, source, problems);
                }
            }
            while (reader.NextResult());

            if (!found)
            {
                problems.Error(new InputProblem(InputProblemCode.SheetNotFound, file, InputMessages.SheetNotFound(sheet ?? string.Empty, names)));
            }
            else if (sheet is null && names.Count > 1)
            {
                problems.Note(InputMessages.FirstSheetRead(names));
            }

            return table;
        }
    }

    private static RawTable? ReadSheet(IExcelDataReader reader, string source, ProblemCollector problems)
    {
        var sheet = reader.Name;
        var rowNumber = 0;
        int? headerLine = null;
        var headers = ImmutableArray<string>.Empty;
        var rows = ImmutableArray.CreateBuilder<RawRow>();
        while (reader.Read())
        {
            rowNumber++;
            var cells = new RawCell[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Cell(reader.GetValue(i));
            }

            if (cells.All(c => c.IsBlank))
            {
                continue;
            }

            if (headerLine is null)
            {
                headerLine = rowNumber;
                headers = [.. cells.Select(c => c.Text)];
                continue;
            }

            rows.Add(new RawRow(rowNumber, [.. cells]));
        }

        if (headerLine is null)
        {
            problems.Error(new InputProblem(InputProblemCode.EmptyFile, new InputLocation(source, sheet), InputMessages.EmptySheet));
            return null;
        }

        return new RawTable(source, sheet, headerLine.Value, headers, rows.ToImmutable());
    }

    private static RawCell Cell(object? value) => value switch
    {
        null => RawCell.Blank,
        double d => new RawCell(d.ToString("G15", CultureInfo.InvariantCulture), d),
        string s => new RawCell(s.Trim()),
        bool b => new RawCell(b ? "TRUE" : "FALSE"),
        DateTime t => new RawCell(t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture).Replace(" 00:00:00", string.Empty, StringComparison.Ordinal)),
        IFormattable f => new RawCell(f.ToString(null, CultureInfo.InvariantCulture).Trim()),
        _ => new RawCell(value.ToString()?.Trim() ?? string.Empty),
    };
}
