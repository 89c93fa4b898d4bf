using System.Text;
using MetaReview.Records.Import;

namespace MetaReview.Records;

/// <summary>How to read an export file. The defaults detect everything and skip malformed records.</summary>
public sealed record ImportOptions
{
    /// <summary>The default options: detect format and encoding, lenient.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>The format to read, overriding detection from content and extension.</summary>
    public RecordFormat? Format { get; init; }

    /// <summary>
    /// When <see langword="true"/>, any malformed record fails the whole import: the result then has
    /// <see cref="ImportResult.Failed"/> set, no records, and every problem found.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>The database searched (for PRISMA counts), overriding what records say about themselves.</summary>
    public string? Database { get; init; }

    /// <summary>
    /// The text encoding, overriding detection. Detection reads byte-order marks (UTF-8, UTF-16LE/BE),
    /// recognises BOM-less UTF-16 and falls back to Windows-1252 when the start of the file is not valid UTF-8.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Which columns hold which fields, for CSV and XLSX; detected from the header row when absent.</summary>
    public ColumnMapping? Columns { get; init; }
}
