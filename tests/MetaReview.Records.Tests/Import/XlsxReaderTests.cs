using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MetaReview.Records.Internal;

namespace MetaReview.Records.Tests.Import;

/// <summary>
/// Workbooks: the Scopus CSV sample saved as .xlsx (cells copied, Year stored as a number, as Excel does)
/// imports to the same records as the CSV.
/// </summary>
public class XlsxReaderTests
{
    [Fact]
    public void ScopusSampleAsWorkbook_SameRecordsAsTheCsv()
    {
        var csv = SharedData.Import("csv/scopus_export_litstudy.csv");
        var path = Path.Combine(Path.GetTempPath(), $"metareview-scopus-{Environment.ProcessId}.xlsx");
        try
        {
            WriteWorkbook(path, ReadCells(SharedData.PathOf("csv/scopus_export_litstudy.csv")));
            Assert.Equal(RecordFormat.Xlsx, RecordImporter.DetectFormat(path));
            var xlsx = RecordImporter.ImportFile(path);
            Assert.Equal(RecordFormat.Xlsx, xlsx.Format);
            Assert.Equal((2, 2, 0), (xlsx.Read, xlsx.Imported, xlsx.Skipped));
            for (var i = 0; i < 2; i++)
            {
                var (a, b) = (csv.Records[i], xlsx.Records[i]);
                Assert.Equal((a.Title, a.Year, a.Doi, a.ScopusEid, a.Journal, a.Volume, a.Issue, a.Pages, a.SourceDatabase),
                    (b.Title, b.Year, b.Doi, b.ScopusEid, b.Journal, b.Volume, b.Issue, b.Pages, b.SourceDatabase));
                Assert.Equal<string>(a.Authors, b.Authors);
                Assert.Equal(i + 2, b.SourceLine); // worksheet row
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void NotAWorkbook_FailsWithAMessage()
    {
        using var stream = new MemoryStream("PK\x03\x04 not really a zip"u8.ToArray());
        var r = RecordImporter.Import(stream, "broken.xlsx");
        Assert.True(r.Failed);
        Assert.StartsWith("broken.xlsx: error: the workbook cannot be read:", Assert.Single(r.Problems).ToString(), StringComparison.Ordinal);
    }

    private static List<List<string>> ReadCells(string csvPath)
    {
        using var reader = new StreamReader(csvPath);
        var context = new SourceContext(csvPath, RecordFormat.Csv, ImportOptions.Default);
        return [.. new DelimitedParser(reader, context, ',', quoting: true).Rows()
            .Select(row => row.Cells.Select(c => c.Value.TrimStart('\uFEFF')).ToList())];
    }

    private static void WriteWorkbook(string path, List<List<string>> rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var yearColumn = rows[0].IndexOf("Year");
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Count; c++)
            {
                var value = rows[r][c];
                var reference = ColumnName(c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                row.Append(r > 0 && c == yearColumn
                    ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(value) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "scopus" });
        workbook.Workbook.Save();
    }

    private static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));
}
