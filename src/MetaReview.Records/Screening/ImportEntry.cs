using System.Collections.Immutable;

namespace MetaReview.Records.Screening;

/// <summary>
/// One line of the imports manifest (<c>DIR/records/imports.jsonl</c>): an export file copied into the review
/// folder, what it was read as, when, and what it gave. <see cref="Read"/> = <see cref="Imported"/> + <see cref="Skipped"/>.
/// </summary>
public sealed record ImportEntry
{
    /// <summary>The copy's name in <c>DIR/records/exports</c>; record keys start with it (<c>NAME:line</c>).</summary>
    public required string File { get; init; }

    /// <summary>The path the file was imported from, as given on the command line.</summary>
    public required string Original { get; init; }

    /// <summary>SHA-256 of the file's bytes, lower-case hexadecimal: the copy is checked against it, and the same export cannot be imported twice.</summary>
    public required string Sha256 { get; init; }

    /// <summary>Size in bytes.</summary>
    public required long Bytes { get; init; }

    /// <summary>The format the file was read as.</summary>
    public required RecordFormat Format { get; init; }

    /// <summary>True when the format was given (<c>--format</c>) rather than detected; it is then given again on every reading.</summary>
    public bool FormatGiven { get; init; }

    /// <summary>The database named with <c>--database</c>, or null when the records' own attribution was used.</summary>
    public string? Database { get; init; }

    /// <summary>Database or register (PRISMA 2020 has a box for each).</summary>
    public SourceKind Source { get; init; }

    /// <summary>When it was imported (UTC).</summary>
    public required DateTimeOffset ImportedAt { get; init; }

    /// <summary>Records found in the file.</summary>
    public int Read => Imported + Skipped;

    /// <summary>Records imported.</summary>
    public required int Imported { get; init; }

    /// <summary>Malformed records skipped.</summary>
    public required int Skipped { get; init; }

    /// <summary>Problems that skipped a record.</summary>
    public required int Errors { get; init; }

    /// <summary>Problems that lost nothing.</summary>
    public required int Warnings { get; init; }

    /// <summary>Imported records per database ("(unknown)" when neither the caller nor the record names one).</summary>
    public required ImmutableSortedDictionary<string, int> ByDatabase { get; init; }
}
