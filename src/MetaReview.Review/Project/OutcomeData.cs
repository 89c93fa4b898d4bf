using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Project;

/// <summary>
/// One study's data for one outcome, ready for the engine, with the numbers as reported, their sources
/// and every conversion that turned them into <see cref="Data"/>.
/// </summary>
public sealed record OutcomeData
{
    /// <summary>The study.</summary>
    public required ReviewStudy Study { get; init; }

    /// <summary>
    /// The analysis data: <see cref="ContinuousArms"/>, <see cref="BinaryArms"/>, <see cref="RateArms"/>,
    /// <see cref="CorrelationData"/>, <see cref="ProportionData"/> or <see cref="GenericData"/> (Yi on the analysis scale).
    /// </summary>
    public required StudyData Data { get; init; }

    /// <summary>Every number as entered, with its source.</summary>
    public ImmutableArray<ReportedValue> Reported { get; init; } = [];

    /// <summary>The conversions applied, in the order they were applied (empty when the numbers were used as reported).</summary>
    public ImmutableArray<DataConversion> Conversions { get; init; } = [];

    /// <summary>The source given for the entry as a whole (e.g. "Table 2"), or <see langword="null"/>.</summary>
    public string? Source { get; init; }

    /// <summary>Notes on the data (e.g. "per-protocol analysis; ITT not reported"), or <see langword="null"/>.</summary>
    public string? Notes { get; init; }

    /// <summary>Where the entry is in the review file.</summary>
    public required ReviewLocation Location { get; init; }

    /// <summary>The data as the engine takes them, labelled "Author Year".</summary>
    public StudyInput ToStudyInput() => new(Study.Label, Data);
}
