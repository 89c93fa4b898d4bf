using System.Text;
using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using static MetaReview.Review.Tests.Input.InputFiles;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// Problems of the file itself (missing, empty, not UTF-8, bad quoting, shifted rows, sheets) and of
/// its header and labels, shown on the BCG trials (metadat's dat.bcg, Colditz et al. 1994) and the
/// aspirin trials (Fleiss 1993), each with the one change named in the test.
/// </summary>
public class InputFileTests
{
    private static readonly string Bcg = File.ReadAllText(Data("dat.bcg.csv"));

    [Fact]
    public void AMissingFile_IsAProblem_NamedAsTheUserNamedIt()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "als.csv");

        AssertProblems(AnalysisDataReader.Read(path), $"{path}: file not found");
        Assert.Equal(InputProblemCode.FileNotFound, AnalysisDataReader.Read(path).Problems[0].Code);
    }

    [Fact]
    public void ADirectory_IsAProblem()
    {
        using var directory = new TempDirectory();

        Assert.Equal(InputProblemCode.FileUnreadable, Error(AnalysisDataReader.Read(directory.Path), InputProblemCode.FileUnreadable).Code);
    }

    [Theory]
    [InlineData("bcg.xls", "cannot read .xls (Excel 97-2003) workbooks: save the sheet as .xlsx or .csv")]
    [InlineData("bcg.json", "cannot read '.json' files: give a .csv (comma, semicolon or tab separated), .tsv, .txt or .xlsx file")]
    [InlineData("bcg", "cannot tell the file type without an extension: name it .csv, .tsv, .txt or .xlsx")]
    public void AnUnsupportedFileType_IsAProblem(string name, string message)
    {
        using var directory = new TempDirectory();
        var path = directory.Write(name, Bcg);

        Assert.Equal(message, Error(AnalysisDataReader.Read(path), InputProblemCode.UnsupportedFileType).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\r\n\n")]
    public void AnEmptyFile_IsAProblem(string text)
    {
        AssertProblems(ReadCsvText(text), "data.csv: the file is empty: expected a header row of column names, then one row per study");
    }

    [Fact]
    public void AHeaderWithoutRows_IsAProblem()
    {
        var header = Bcg[..Bcg.IndexOf('\n', StringComparison.Ordinal)] + "\n\n";

        AssertProblems(ReadCsvText(header), "data.csv:1: there are no study rows below the header");
    }

    [Fact]
    public void BlankLinesAndLinesOfSeparatorsOnly_AreIgnored_AndLinesStillCount()
    {
        // Two blank lines after the header, Excel's ",,,,,,,," lines at the end.
        var lines = Bcg.Split('\n').ToList();
        lines.Insert(1, "");
        lines.Insert(1, "  ");
        var text = string.Join('\n', lines) + ",,,,,,,,\n\n,,,,,,,,\n";

        var data = Succeeded(ReadCsvText(text));

        Assert.Equal(13, data.K);
        Assert.Equal(4, data.Lines[0]);
    }

    [Fact]
    public void Utf8Labels_AreRead_AndAFileInAnotherEncoding_IsAProblemOnItsLine()
    {
        // "Frimodt-Moller" spelt as the author spells it, Frimodt-Møller: in UTF-8, then in Latin-1.
        var text = Bcg.Replace("Frimodt-Moller", "Frimodt-Møller", StringComparison.Ordinal);
        Assert.Equal("Frimodt-Møller et al 1973", Succeeded(ReadCsvText(text)).Studies[4].Study);

        var latin1 = AnalysisDataReader.ReadCsv(Encoding.Latin1.GetBytes(text), "bcg.csv");

        AssertProblems(latin1, "bcg.csv:6: the file is not UTF-8 text (byte 0xF8 on this line): save it as 'CSV UTF-8' in Excel, or convert it to UTF-8");
    }

    [Fact]
    public void AMisplacedQuote_IsAProblem_AndItsRowIsLeftOut()
    {
        // Ferguson & Simes's closing quote deleted: the field runs on to the next quote.
        var text = Bcg.Replace("\"Ferguson & Simes\"", "\"Ferguson & Simes", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text),
            "data.csv:3: a quote is misplaced, so the row cannot be read reliably: a field with a comma or a quote is written \"like this\", with a quote inside doubled (\"\")");
    }

    [Fact]
    public void Utf16WithAByteOrderMark_AndExcelsSeparatorLine_AreRead()
    {
        var utf16 = AnalysisDataReader.ReadCsv([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Bcg)], "bcg.csv");
        Assert.Equal(Succeeded(ReadCsvText(Bcg)).Studies.ToArray(), Succeeded(utf16).Studies.ToArray());

        // Excel's "sep=;" line before a semicolon-separated header: skipped, but counted as a line.
        var data = Succeeded(ReadCsvText("sep=;\n" + Bcg.Replace(',', ';')));
        Assert.Equal(13, data.K);
        Assert.Equal(3, data.Lines[0]);
    }

    [Fact]
    public void AQuoteThatIsNeverClosed_IsAProblemOnTheLineWhereItOpens()
    {
        // The last row's label opened but never closed, and its other quotes removed.
        var text = Bcg.Replace("13,\"Comstock et al\",1976,27,16886,29,17825,33,\"systematic\"", "13,\"Comstock et al,1976,27,16886,29,17825,33,systematic", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text),
            "data.csv:14: a quoted field is never closed: add the missing '\"' (the rest of the file was read into this field)");
    }

    [Fact]
    public void AnUnquotedCommaInALabel_ShiftsTheRow_AndIsAProblem()
    {
        var text = Bcg.Replace("\"Ferguson & Simes\"", "Ferguson, Simes", StringComparison.Ordinal);

        AssertProblems(ReadCsvText(text),
            "data.csv:3: the row has 10 fields but the header has 9: an unquoted comma in a study label, or a decimal comma, splits a field; quote the label, or use a decimal point");
    }

    [Fact]
    public void EveryProblemOfTheFile_IsReported_InFileOrder()
    {
        // Four rows corrupted: Aronson's tneg as "119a", Rosenthal 1960's cpos above its total is
        // impossible in the 2×2 form, so its cneg is -209; TPT Madras's tpos empty; Comstock 1976's
        // cpos as NaN.
        var text = Bcg
            .Replace("1948,4,119,", "1948,4,119a,", StringComparison.Ordinal)
            .Replace("1960,3,228,11,209,", "1960,3,228,11,-209,", StringComparison.Ordinal)
            .Replace("1980,505,", "1980,,", StringComparison.Ordinal)
            .Replace("1976,27,16886,29,", "1976,27,16886,NaN,", StringComparison.Ordinal);

        var result = ReadCsvText(text);

        Assert.Equal(
            [(2, "tneg"), (4, "cneg"), (9, "tpos"), (14, "cpos")],
            result.Problems.Select(p => (p.Location.Line!.Value, p.Column!)));
        Assert.Equal(
            [InputProblemCode.NotANumber, InputProblemCode.NegativeCount, InputProblemCode.MissingValue, InputProblemCode.NotFinite],
            result.Problems.Select(p => p.Code));
    }

    [Fact]
    public void TwoColumnsForOneRole_AreAProblem()
    {
        const string text = "study,event.e,n.e,n1i,event.c,n.c\nMRC-1,49,615,615,67,624\n";

        AssertProblems(ReadCsvText(text), "data.csv:1: column 'n1i': gives n_e, as column 'n.e' does: keep one of the two");
    }

    [Fact]
    public void AnUnnamedColumnWithValues_IsKept_WithAWarning()
    {
        const string text = "study,event.e,n.e,event.c,n.c,\nMRC-1,49,615,67,624,1974\nCDP,44,758,64,771,1976\n";

        var result = ReadCsvText(text);

        string?[] years = ["1974", "1976"];
        Assert.Equal(years, Succeeded(result).FindExtraColumn("Column 6")!.Values.ToArray());
        Assert.Equal(
            "data.csv:1: column 'Column 6': has values but no name in the header; kept as an extra column named 'Column 6'",
            Warning(result, InputProblemCode.BlankHeader).ToString());
    }

    [Fact]
    public void AMissingLabel_BecomesStudyN_WithAWarning()
    {
        const string text = "study,event.e,n.e,event.c,n.c\nMRC-1,49,615,67,624\n,44,758,64,771\n";

        var result = ReadCsvText(text);

        Assert.Equal("Study 2", Succeeded(result).Studies[1].Study);
        Assert.Equal("data.csv:3: column 'study': the study label is empty; labelled 'Study 2'", Warning(result, InputProblemCode.MissingStudyLabel).ToString());
    }

    [Fact]
    public void AMisspeltStudyColumn_GetsADidYouMean()
    {
        const string text = "studdy,event.e,n.e,event.c,n.c\nMRC-1,49,615,67,624\n";

        var result = ReadCsvText(text);

        Assert.Equal("Study 1", Succeeded(result).Studies[0].Study);
        Assert.Equal("data.csv:1: column 'studdy': not a recognised column; did you mean 'study'?", Warning(result, InputProblemCode.UnknownColumn).ToString());
        Assert.Equal(["studdy"], result.Dataset!.ExtraColumns.Select(c => c.Name));
    }

    [Fact]
    public void ASheetForACsvFile_IsIgnored_WithAWarning()
    {
        var result = ReadCsvText(Bcg, new AnalysisDataReadOptions { Sheet = "Sheet1" });

        Assert.True(result.Succeeded);
        Assert.Equal("data.csv: the sheet 'Sheet1' is ignored: a CSV file has no sheets", Warning(result, InputProblemCode.SheetIgnored).ToString());
    }

    [Fact]
    public void AFileThatIsNotAWorkbook_IsAProblem()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("bcg.xlsx", Bcg);

        Assert.StartsWith("not a readable .xlsx workbook (", Error(AnalysisDataReader.Read(path), InputProblemCode.NotAWorkbook).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptySheet_IsAProblem()
    {
        var workbook = XlsxWriter.Write(("Trials", []));

        AssertProblems(AnalysisDataReader.ReadXlsx(new MemoryStream(workbook), "bcg.xlsx"),
            "bcg.xlsx[Trials]: the sheet is empty: expected a header row of column names, then one row per study");
    }

    [Fact]
    public void ProgrammingErrors_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadCsvText(Bcg, new AnalysisDataReadOptions { CiLevel = 95 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadCsvText(Bcg, new AnalysisDataReadOptions { CiLevel = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReadCsvText(Bcg, new AnalysisDataReadOptions { Measure = (EffectMeasure)99 }));
        Assert.Throws<ArgumentNullException>(() => AnalysisDataReader.Read(null!));
        Assert.Throws<ArgumentNullException>(() => AnalysisDataReader.ReadCsv(null!, "x.csv"));
    }
}
