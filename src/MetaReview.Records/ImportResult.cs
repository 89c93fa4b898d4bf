using System.Collections.Immutable;

namespace MetaReview.Records;

/// <summary>
/// What one file gave: the records, the located problems and counts that always add up
/// (<see cref="Read"/> = <see cref="Imported"/> + <see cref="Skipped"/>).
/// </summary>
public sealed record ImportResult
{
    /// <summary>The file, as the caller named it.</summary>
    public required string File { get; init; }

    /// <summary>The format the file was read as, or <see langword="null"/> when it could not be recognised or opened.</summary>
    public RecordFormat? Format { get; init; }

    /// <summary>The records imported, in file order (empty when <see cref="Failed"/>).</summary>
    public ImmutableArray<Record> Records { get; init; } = [];

    /// <summary>Every problem, in file order.</summary>
    public ImmutableArray<ImportProblem> Problems { get; init; } = [];

    /// <summary>Records found in the file, well-formed or not.</summary>
    public int Read => Imported + Skipped;

    /// <summary>Records imported (equal to the number of <see cref="Records"/>).</summary>
    public int Imported => Records.Length;

    /// <summary>Malformed records skipped (in strict mode after a failure: every record read).</summary>
    public required int Skipped { get; init; }

    /// <summary>
    /// <see langword="true"/> when the file gave nothing usable: it could not be opened or recognised, or
    /// strict mode met a malformed record.
    /// </summary>
    public bool Failed { get; init; }

    /// <summary>Problems that skipped a record or failed the import.</summary>
    public IEnumerable<ImportProblem> Errors => Problems.Where(p => p.Severity == ProblemSeverity.Error);

    /// <summary>Problems that lost nothing a record needs.</summary>
    public IEnumerable<ImportProblem> Warnings => Problems.Where(p => p.Severity == ProblemSeverity.Warning);
}
