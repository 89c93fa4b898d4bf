namespace MetaReview.Records.Internal;

/// <summary>
/// One thing a reader found: a record, a malformed record (an error, counted as read and skipped), a
/// warning that is not a record of its own, or a fatal problem that ends the file (it cannot be read on).
/// </summary>
internal readonly record struct ReadItem(Record? Record, ImportProblem? Problem, bool IsFatal = false)
{
    public static ReadItem Ok(Record record) => new(record, null);

    public static ReadItem Malformed(ImportProblem problem) => new(null, problem);

    public static ReadItem Note(ImportProblem problem) => new(null, problem);

    /// <summary>The file as a whole cannot be read (wrong column mapping, not a workbook): no record counted.</summary>
    public static ReadItem Fatal(ImportProblem problem) => new(null, problem, IsFatal: true);

    /// <summary>A record was found here, imported or skipped.</summary>
    public bool CountsAsRecord => Record is not null || (Problem?.Severity == ProblemSeverity.Error && !IsFatal);
}
