using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using CsvHelper;

namespace MetaReview.Review.Input.Internal;

/// <summary>
/// Reads delimited text into a <see cref="RawTable"/> with CsvHelper: UTF-8 with or without a byte
/// order mark (UTF-16 with one), the separator detected from the first lines (comma, semicolon, tab;
/// Excel's "sep=;" line honoured), RFC 4180 quoting, empty lines skipped. Each record keeps the
/// physical line it starts on.
/// </summary>
internal static class CsvTableReader
{
    public static RawTable? Read(byte[] content, string source, ProblemCollector problems)
    {
        var file = new InputLocation(source);
        if (FirstInvalidUtf8(content) is { } offset)
        {
            var line = 1 + content.AsSpan(0, offset).Count((byte)'\n');
            problems.Error(new InputProblem(InputProblemCode.NotUtf8, file with { Line = line }, InputMessages.NotUtf8(content[offset])));
            return null;
        }

        // A record with broken quoting is reported and left out: its fields cannot be trusted.
        var malformed = new HashSet<int>();
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            OnMalformedRecord = record =>
            {
                var line = (int)record.LineNumber;
                malformed.Add(line);
                problems.Error(new InputProblem(InputProblemCode.MalformedQuotes, file with { Line = line },
                    record.Reason == CsvMalformedReason.UnterminatedQuote ? InputMessages.UnterminatedQuote : InputMessages.MisplacedQuote));
            },
        };

        using var reader = CsvReader.Create(content, options);
        var headers = reader.Headers.ToImmutableArray();
        if (headers.IsEmpty)
        {
            problems.Error(new InputProblem(InputProblemCode.EmptyFile, file, InputMessages.EmptyFile));
            return null;
        }

        var headerLine = (int)reader.LineNumber;
        var rows = ImmutableArray.CreateBuilder<RawRow>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            var cells = new RawCell[Math.Max(reader.FieldCount, headers.Length)];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = new RawCell(i < reader.FieldCount ? reader.GetString(i).Trim() : string.Empty);
            }

            if (cells.All(c => c.IsBlank) || malformed.Contains(line))
            {
                continue; // a line of separators only (Excel writes them), or a record already reported
            }

            if (cells.Skip(headers.Length).Any(c => !c.IsBlank))
            {
                // More fields than columns: the row's values are shifted, so none of them can be trusted.
                problems.Error(new InputProblem(InputProblemCode.FieldCount, file with { Line = line },
                    InputMessages.TooManyFields(reader.FieldCount, headers.Length)));
                continue;
            }

            rows.Add(new RawRow(line, [.. cells.Take(headers.Length)]));
        }

        return new RawTable(source, null, headerLine, headers, rows.ToImmutable());
    }

    /// <summary>The offset of the first byte that is not valid UTF-8, or <see langword="null"/> (UTF-16 and UTF-32 with a byte order mark are left to CsvHelper).</summary>
    private static int? FirstInvalidUtf8(byte[] content)
    {
        if (content.AsSpan().StartsWith(Encoding.Unicode.Preamble) || content.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return null;
        }

        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var consumed = 0;
            while (consumed < content.Length)
            {
                var status = Utf8.ToUtf16(content.AsSpan(consumed), buffer, out var read, out _, replaceInvalidSequences: false);
                consumed += read;
                if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData)
                {
                    return consumed;
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
