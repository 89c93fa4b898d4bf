using System.Collections.Immutable;
using MetaReview.Review.Input.Internal;

namespace MetaReview.Review.Input;

/// <summary>
/// Reads a study-level analysis data file (CSV or XLSX) into an <see cref="AnalysisDataset"/>, or says
/// everything that is wrong with it. Bad data never throws: every problem of the file is returned,
/// located to file, line (or sheet and row), column and study. Only programming errors throw (null
/// arguments, a confidence level outside (0, 1)). The accepted columns, the detection rules and the
/// checks are in docs/input-format.md.
/// </summary>
public static class AnalysisDataReader
{
    /// <summary>
    /// Reads the file at <paramref name="path"/>: .csv, .tsv and .txt as delimited text, .xlsx as a workbook.
    /// A missing, unreadable or unsupported file is reported as a problem, not thrown.
    /// </summary>
    /// <param name="path">The file; messages name it as given.</param>
    /// <param name="options">The measure, sheet and confidence level, or <see langword="null"/> for the defaults.</param>
    public static AnalysisDataReadResult Read(string path, AnalysisDataReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options = Validated(options);
        var problems = new ProblemCollector();
        var file = new InputLocation(path);
        if (Directory.Exists(path))
        {
            problems.Error(new InputProblem(InputProblemCode.FileUnreadable, file, InputMessages.IsADirectory));
            return problems.ToResult(null);
        }

        if (!File.Exists(path))
        {
            problems.Error(new InputProblem(InputProblemCode.FileNotFound, file, InputMessages.FileNotFound));
            return problems.ToResult(null);
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        var isCsv = extension is ".csv" or ".tsv" or ".txt";
        if (!isCsv && extension != ".xlsx")
        {
            problems.Error(new InputProblem(InputProblemCode.UnsupportedFileType, file, InputMessages.UnsupportedFileType(extension)));
            return problems.ToResult(null);
        }

        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Error(new InputProblem(InputProblemCode.FileUnreadable, file, InputMessages.FileUnreadable(e.Message)));
            return problems.ToResult(null);
        }

        if (isCsv)
        {
            return ReadCsv(content, path, options, problems);
        }

        using var stream = new MemoryStream(content, writable: false);
        return ReadXlsx(stream, path, options, problems);
    }

    /// <summary>Reads delimited text (UTF-8; comma, semicolon or tab) held in memory, e.g. standard input.</summary>
    /// <param name="content">The bytes of the file.</param>
    /// <param name="source">The name messages give the file, e.g. "data.csv" or "&lt;stdin&gt;".</param>
    /// <param name="options">The measure and confidence level, or <see langword="null"/> for the defaults.</param>
    public static AnalysisDataReadResult ReadCsv(byte[] content, string source, AnalysisDataReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        return ReadCsv(content, source, Validated(options), new ProblemCollector());
    }

    /// <summary>
    /// Reads a table already split into cells, such as the "studies" array of a batch line, and checks it exactly as
    /// a CSV file with these columns is checked. The header is reported as line 1 and row i (0-based) as line i + 2;
    /// rows whose cells are all blank are skipped, and a row shorter than the header has blank cells at its end.
    /// </summary>
    /// <param name="headers">The column names.</param>
    /// <param name="rows">The rows' cells as text, in the order of <paramref name="headers"/>.</param>
    /// <param name="source">The name messages give the table, e.g. "batch.jsonl line 7".</param>
    /// <param name="options">The measure and confidence level, or <see langword="null"/> for the defaults.</param>
    public static AnalysisDataReadResult ReadTable(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, string source, AnalysisDataReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(source);
        var problems = new ProblemCollector();
        if (headers.Count == 0)
        {
            problems.Error(new InputProblem(InputProblemCode.EmptyFile, new InputLocation(source), InputMessages.EmptyFile));
            return problems.ToResult(null);
        }

        var raw = ImmutableArray.CreateBuilder<RawRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new RawCell[headers.Count];
            var blank = true;
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = c < rows[r].Count ? new RawCell(rows[r][c].Trim()) : RawCell.Blank;
                blank &= cells[c].IsBlank;
            }

            if (!blank)
            {
                raw.Add(new RawRow(r + 2, ImmutableArray.Create(cells)));
            }
        }

        var table = new RawTable(source, null, 1, [.. headers], raw.ToImmutable());
        return problems.ToResult(TableInterpreter.Interpret(table, Validated(options), problems));
    }

    /// <summary>Reads one sheet of an .xlsx workbook from a stream.</summary>
    /// <param name="content">The workbook.</param>
    /// <param name="source">The name messages give the file.</param>
    /// <param name="options">The measure, sheet and confidence level, or <see langword="null"/> for the defaults.</param>
    public static AnalysisDataReadResult ReadXlsx(Stream content, string source, AnalysisDataReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(source);
        return ReadXlsx(content, source, Validated(options), new ProblemCollector());
    }

    private static AnalysisDataReadResult ReadCsv(byte[] content, string source, AnalysisDataReadOptions options, ProblemCollector problems)
    {
        if (options.Sheet is { } sheet)
        {
            problems.Warning(new InputProblem(InputProblemCode.SheetIgnored, new InputLocation(source), InputMessages.SheetIgnored(sheet)));
        }

        var table = CsvTableReader.Read(content, source, problems);
        return problems.ToResult(table is null ? null : TableInterpreter.Interpret(table, options, problems));
    }

    private static AnalysisDataReadResult ReadXlsx(Stream content, string source, AnalysisDataReadOptions options, ProblemCollector problems)
    {
        var table = XlsxTableReader.Read(content, source, options.Sheet, problems);
        return problems.ToResult(table is null ? null : TableInterpreter.Interpret(table, options, problems));
    }

    private static AnalysisDataReadOptions Validated(AnalysisDataReadOptions? options)
    {
        options ??= AnalysisDataReadOptions.Default;
        if (!(options.CiLevel > 0 && options.CiLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CiLevel, "CiLevel must be strictly between 0 and 1.");
        }

        if (options.Measure is { } measure && !Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(options), measure, "Unknown effect measure.");
        }

        return options;
    }
}
