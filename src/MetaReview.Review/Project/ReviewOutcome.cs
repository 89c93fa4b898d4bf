using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Project;

/// <summary>An outcome of the review: what is measured, how it is analysed, and each study's data.</summary>
public sealed record ReviewOutcome
{
    /// <summary>The id, e.g. <c>alsfrs_6m</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The name printed in the report, e.g. "ALSFRS-R at 6 months".</summary>
    public required string Name { get; init; }

    /// <summary>The kind of data: continuous, binary, rates, correlation, proportion or generic (estimates with SEs).</summary>
    public required DataType Type { get; init; }

    /// <summary>The effect measure (MD, SMD, RR, ...).</summary>
    public required EffectMeasure Measure { get; init; }

    /// <summary>Whether higher or lower values are better.</summary>
    public required OutcomeDirection Direction { get; init; }

    /// <summary>When it is measured, e.g. "6 months", or <see langword="null"/>.</summary>
    public string? TimePoint { get; init; }

    /// <summary>The unit or scale, e.g. "points (0–48)" or "cmH2O", or <see langword="null"/>.</summary>
    public string? Unit { get; init; }

    /// <summary>The minimal important difference on the outcome's scale, with its source, or <see langword="null"/>.</summary>
    public ReportedValue? MinimalImportantDifference { get; init; }

    /// <summary>The analysis plan.</summary>
    public required AnalysisPlan Analysis { get; init; }

    /// <summary>The studies' data, in file order.</summary>
    public ImmutableArray<OutcomeData> Data { get; init; } = [];

    /// <summary>Studies that measured the outcome but have no usable data, with the reason.</summary>
    public ImmutableArray<MissingOutcomeData> Missing { get; init; } = [];

    /// <summary>The reviewers' GRADE judgements that replace the suggested ones.</summary>
    public ImmutableArray<GradeOverride> Grade { get; init; } = [];

    /// <summary>Where the outcome is defined in the review file.</summary>
    public required ReviewLocation Location { get; init; }

    /// <summary>Every conversion applied to this outcome's data, study by study.</summary>
    public IEnumerable<(ReviewStudy Study, DataConversion Conversion)> Conversions =>
        Data.SelectMany(d => d.Conversions.Select(c => (d.Study, c)));

    /// <summary>The data ready for <c>MetaAnalysis.Run</c>, labelled "Author Year", in file order.</summary>
    public ImmutableArray<StudyInput> ToStudyInputs() => [.. Data.Select(d => d.ToStudyInput())];

    /// <summary>
    /// The data grouped by a study characteristic: one subgroup per value, in the order the characteristic
    /// declares its values (else in order of first appearance); studies without a value are left out
    /// (loading warns about them).
    /// </summary>
    /// <param name="characteristic">The characteristic, from <see cref="ReviewProject.Characteristics"/>.</param>
    public ImmutableArray<OutcomeSubgroup> Subgroups(StudyCharacteristic characteristic)
    {
        ArgumentNullException.ThrowIfNull(characteristic);
        var groups = Data
            .Where(d => d.Study.Characteristic(characteristic.Id) is not null)
            .GroupBy(d => d.Study.Characteristic(characteristic.Id)!, StringComparer.Ordinal)
            .Select(g => new OutcomeSubgroup(g.Key, [.. g]));
        var order = characteristic.Values;
        return order.IsEmpty
            ? [.. groups]
            : [.. groups.OrderBy(g => order.IndexOf(g.Value) is var i && i < 0 ? int.MaxValue : i)];
    }
}
