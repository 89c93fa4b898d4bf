namespace MetaReview.Review.Project;

/// <summary>What kind of problem a review file has. The message says it in words; the code is for programs and tests.</summary>
public enum ReviewProblemCode
{
    /// <summary>The folder or its review.yaml does not exist, or a file the review names (a record file, a data sheet) is missing.</summary>
    FileNotFound,

    /// <summary>A file exists but cannot be read.</summary>
    FileUnreadable,

    /// <summary>The text is not valid YAML (the parser's message, at the place it stopped).</summary>
    YamlSyntax,

    /// <summary>A mapping has the same key twice.</summary>
    DuplicateKey,

    /// <summary>A key is not part of the schema (with "did you mean ...?" when one is close).</summary>
    UnknownKey,

    /// <summary>A required key is missing or empty.</summary>
    MissingField,

    /// <summary>A value has the wrong shape: a list where text is expected, text where a number is expected, ...</summary>
    WrongType,

    /// <summary>A value of the right shape that is not allowed (an unknown design, a level outside its range, ...).</summary>
    InvalidValue,

    /// <summary>Two studies, outcomes, criteria, arms, characteristics or domains share an id (or two studies a label).</summary>
    DuplicateId,

    /// <summary>An id that names no study, outcome, criterion, arm or characteristic of the review.</summary>
    UnknownReference,

    /// <summary>Keys that cannot go together (e.g. an SD and a confidence interval for the same arm, or data for an excluded study).</summary>
    Conflict,

    /// <summary>A conversion of reported values (CI to SD, median to mean, combining arms, ...) was given impossible inputs.</summary>
    ConversionFailed,

    /// <summary>A study's data break a rule of the statistics engine for the outcome's measure (e.g. an SD ≤ 0).</summary>
    InvalidStudyData,

    /// <summary>The analysis plan's settings cannot go together (e.g. Mantel–Haenszel pooling of an SMD).</summary>
    InvalidAnalysisPlan,

    /// <summary>A risk-of-bias overall judgement is less severe than one of its domains.</summary>
    InconsistentJudgement,

    /// <summary>Warning: a value has no source (table, page) to check it against.</summary>
    MissingSource,

    /// <summary>Warning: a conversion noted something to check (an asymmetric interval, an SD of 0, ...).</summary>
    ConversionNote,

    /// <summary>Warning: numbers that are legal but look wrong (more analysed than randomised, a fractional count, ...).</summary>
    Suspicious,

    /// <summary>Warning: something the analysis will not be able to use (a study without the subgroup characteristic, no risk-of-bias assessment for a sensitivity analysis, ...).</summary>
    Incomplete,
}
