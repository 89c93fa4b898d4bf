using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MetaReview.Review.Input;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// Writes a small .xlsx workbook from code: numbers as numeric cells, text as shared strings (as
/// Excel writes them), <see langword="null"/> as no cell. Row i of a sheet is Excel row i + 1.
/// </summary>
internal static class XlsxWriter
{
    public static byte[] Write(params (string Sheet, object?[][] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>();
            var sheetList = workbook.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                part.Worksheet = new Worksheet(data);
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c] is { } value)
                        {
                            row.Append(Cell(value, InputLocation.ColumnLetters(c) + (r + 1), strings.SharedStringTable, index));
                        }
                    }

                    data.Append(row);
                }
            }
        }

        return stream.ToArray();
    }

    private static Cell Cell(object value, string reference, SharedStringTable strings, Dictionary<string, int> index)
    {
        if (value is string text)
        {
            if (!index.TryGetValue(text, out var i))
            {
                i = index[text] = index.Count;
                strings.Append(new SharedStringItem(new Text(text)));
            }

            return new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
        }

        var number = Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture);
        return new Cell { CellReference = reference, CellValue = new CellValue(number) };
    }
}
