using MetaReview.Review.Project;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>An outcome as it will be written to review.yaml.</summary>
internal sealed record PlannedOutcome
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>The review file's type: binary, continuous or generic.</summary>
    public required string Type { get; init; }

    public required EffectMeasure Measure { get; init; }

    public required OutcomeDirection Direction { get; init; }

    public string? Unit { get; init; }

    public required PoolingMethod Method { get; init; }

    public required EffectModel Model { get; init; }

    /// <summary>The confidence level, e.g. 0.95.</summary>
    public required double Level { get; init; }

    public string? SubgroupCharacteristic { get; init; }

    public required List<PlannedEntry> Entries { get; init; }
}
