using System.Collections.Immutable;

namespace MetaReview.Records.Screening;

/// <summary>
/// The outcome of importing files into a review folder. All or nothing: when any file is refused, nothing
/// is copied and the manifest is unchanged, so the same command can be run again once the file is fixed.
/// </summary>
public sealed record FolderImportResult
{
    /// <summary>One result per file, in the order given.</summary>
    public required ImmutableArray<FileImport> Files { get; init; }

    /// <summary>True when the files were copied and added to the manifest.</summary>
    public required bool Committed { get; init; }

    /// <summary>Records found in all files.</summary>
    public int Read => Files.Sum(f => f.Result?.Read ?? 0);

    /// <summary>Records imported from all files.</summary>
    public int Imported => Files.Sum(f => f.Result?.Imported ?? 0);

    /// <summary>Malformed records skipped in all files.</summary>
    public int Skipped => Files.Sum(f => f.Result?.Skipped ?? 0);
}
