using MetaReview.Review.Project;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>A study as it will be written to review.yaml; its characteristic values are added while outcomes are planned.</summary>
internal sealed class PlannedStudy(RevManStudy source, string id, string label, StudyStatus status)
{
    public RevManStudy Source { get; } = source;

    public string Id { get; } = id;

    public string Label { get; } = label;

    public StudyStatus Status { get; } = status;

    public string? Criterion { get; set; }

    public string? Notes { get; set; }

    /// <summary>Characteristic id → value, in the order set.</summary>
    public List<KeyValuePair<string, string>> Characteristics { get; } = [];

    /// <summary>"Name Year", RevMan's identification of the study (its references are not imported).</summary>
    public string Citation => string.IsNullOrWhiteSpace(Source.Year) || Source.Name.Contains(Source.Year, StringComparison.Ordinal)
        ? Source.Name
        : $"{Source.Name} {Source.Year}";
}
