using System.Globalization;
using System.Text;
using ExcelDataReader;
using MetaReview.Records.Internal;

namespace MetaReview.Records.Import;

/// <summary>
/// Excel workbooks (.xlsx): the first worksheet, a header row, one record per row, through a
/// <see cref="ColumnMapping"/> as for CSV. Problems are placed by worksheet row and column number.
/// </summary>
internal static class XlsxReader
{
    static XlsxReader()
    {
        // ExcelDataReader decodes some workbook parts with legacy code pages.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static IEnumerable<ReadItem> Read(Stream stream, SourceContext context)
    {
        IExcelDataReader? excel;
        string? failure = null;
        try
        {
            excel = ExcelReaderFactory.CreateOpenXmlReader(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException or InvalidOperationException
            or System.Xml.XmlException or ExcelDataReader.Exceptions.ExcelReaderException)
        {
            excel = null;
            failure = e.Message;
        }

        if (excel is null)
        {
            yield return ReadItem.Fatal(context.Error(0, 0, ImportMessages.XlsxUnreadable(failure ?? "unknown reason")));
            yield break;
        }

        using (excel)
        {
            foreach (var item in ReadRows(excel, context))
            {
                yield return item;
            }
        }
    }

    private static IEnumerable<ReadItem> ReadRows(IExcelDataReader excel, SourceContext context)
    {
        TabularMapper? mapper = null;
        var columns = 0;
        var rowNumber = 0;
        while (excel.Read())
        {
            rowNumber++;
            var cells = new List<TableCell>(excel.FieldCount);
            for (var i = 0; i < excel.FieldCount; i++)
            {
                cells.Add(new TableCell(Text(excel.GetValue(i)), rowNumber, i + 1));
            }

            if (cells.All(c => c.Value.Length == 0))
            {
                continue;
            }

            if (mapper is null)
            {
                var header = cells.Select(c => c.Value.Trim()).ToList();
                while (header.Count > 0 && header[^1].Length == 0)
                {
                    header.RemoveAt(header.Count - 1);
                }

                columns = header.Count;
                mapper = TabularMapper.Create(context.Options.Columns, header, out var problem);
                if (mapper is null)
                {
                    yield return ReadItem.Fatal(context.Error(rowNumber, 1, problem!));
                    yield break;
                }

                continue;
            }

            foreach (var item in CsvReader.ReadRow(new TableRow(rowNumber, cells, [], null), columns, mapper, context))
            {
                yield return item;
            }
        }

        if (mapper is null)
        {
            yield return ReadItem.Fatal(context.Error(1, 1, ImportMessages.CsvNoHeader));
        }
    }

    /// <summary>Cell values as text: whole numbers without a decimal point (years, volumes), dates as ISO dates.</summary>
    private static string Text(object? value) => value switch
    {
        null => "",
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
