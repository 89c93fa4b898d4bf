namespace MetaReview.Records;

/// <summary>How much an import problem cost.</summary>
public enum ProblemSeverity
{
    /// <summary>Nothing was lost that the record needs (an ignored line, a missing end tag); the record was kept.</summary>
    Warning,

    /// <summary>A malformed record was skipped (or, in strict mode, the import failed).</summary>
    Error,
}
