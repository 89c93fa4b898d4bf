using System.Collections.Immutable;

namespace MetaReview.Review.Project;

/// <summary>A study of the review: what it is, where it stands, and the characteristics subgroups use.</summary>
public sealed record ReviewStudy
{
    /// <summary>The id data, risk-of-bias assessments and sensitivity analyses use, e.g. <c>braga2018</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The label printed in tables and forest plots, "Author Year" (e.g. "Braga 2018"); the id when none is given.</summary>
    public required string Label { get; init; }

    /// <summary>The reference, as it should appear in the list of included studies.</summary>
    public required string Citation { get; init; }

    /// <summary>The DOI (10.xxxx/...), or <see langword="null"/>.</summary>
    public string? Doi { get; init; }

    /// <summary>The design.</summary>
    public required StudyDesign Design { get; init; }

    /// <summary>The countries where participants were recruited (empty when not recorded).</summary>
    public ImmutableArray<string> Countries { get; init; } = [];

    /// <summary>The arms as randomised (empty when not recorded).</summary>
    public ImmutableArray<StudyArm> Arms { get; init; } = [];

    /// <summary>The value of each declared characteristic the study has (characteristic id → value as written).</summary>
    public ImmutableDictionary<string, string> Characteristics { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>Who funded the study, or <see langword="null"/>.</summary>
    public string? Funding { get; init; }

    /// <summary>Anything the reader of the review should know, or <see langword="null"/>.</summary>
    public string? Notes { get; init; }

    /// <summary>Included, awaiting data, or excluded.</summary>
    public required StudyStatus Status { get; init; }

    /// <summary>For an excluded study, the id of the eligibility criterion it fails; otherwise <see langword="null"/>.</summary>
    public string? ExclusionCriterion { get; init; }

    /// <summary>Where the study is defined in the review file.</summary>
    public required ReviewLocation Location { get; init; }

    /// <summary>True for randomised designs (RCT, cluster RCT, cross-over RCT): GRADE starts them at high certainty.</summary>
    public bool IsRandomised => Design is StudyDesign.Rct or StudyDesign.ClusterRct or StudyDesign.CrossoverRct;

    /// <summary>The total randomised, or <see langword="null"/> when an arm's number is not recorded (or no arms are).</summary>
    public int? NRandomised => Arms.IsEmpty || Arms.Any(a => a.NRandomised is null) ? null : Arms.Sum(a => a.NRandomised!.Value);

    /// <summary>The study's value of a characteristic, or <see langword="null"/> when it has none.</summary>
    public string? Characteristic(string id) => Characteristics.TryGetValue(id, out var value) ? value : null;

    /// <summary>The arm with this id, or <see langword="null"/>.</summary>
    public StudyArm? FindArm(string id) => Arms.FirstOrDefault(a => a.Id == id);
}
