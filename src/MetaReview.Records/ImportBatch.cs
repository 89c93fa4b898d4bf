using System.Collections.Immutable;

namespace MetaReview.Records;

/// <summary>Several files imported together (one search's exports): per-file results and totals for PRISMA.</summary>
public sealed record ImportBatch
{
    /// <summary>One result per file, in the order given.</summary>
    public required ImmutableArray<ImportResult> Files { get; init; }

    /// <summary>All imported records, file by file.</summary>
    public IEnumerable<Record> Records => Files.SelectMany(f => f.Records);

    /// <summary>Records found in all files.</summary>
    public int Read => Files.Sum(f => f.Read);

    /// <summary>Records imported from all files.</summary>
    public int Imported => Files.Sum(f => f.Imported);

    /// <summary>Malformed records skipped in all files.</summary>
    public int Skipped => Files.Sum(f => f.Skipped);

    /// <summary><see langword="true"/> when any file failed.</summary>
    public bool Failed => Files.Any(f => f.Failed);

    /// <summary>
    /// Imported records per database ("records identified from databases" in PRISMA 2020), ordered by name;
    /// records whose database is unknown are counted under "(unknown)".
    /// </summary>
    public ImmutableSortedDictionary<string, int> CountsByDatabase =>
        Records.GroupBy(r => r.SourceDatabase ?? "(unknown)", StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
