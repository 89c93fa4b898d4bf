namespace MetaReview.Records.Prioritisation;

/// <summary>How a screening simulation starts and runs.</summary>
public sealed record SimulationOptions
{
    /// <summary>The model.</summary>
    public PrioritiserOptions Model { get; init; } = PrioritiserOptions.Default;

    /// <summary>Seed of the random choice of prior records.</summary>
    public int Seed { get; init; }

    /// <summary>Known inclusions given before screening starts, chosen at random. Default 1 (ASReview's default).</summary>
    public int PriorIncluded { get; init; } = 1;

    /// <summary>Known exclusions given before screening starts, chosen at random. Default 1.</summary>
    public int PriorExcluded { get; init; } = 1;

    /// <summary>
    /// Stop once every relevant record is found (the rest of the recall curve is flat at 1, and the metrics
    /// treat the unscreened remainder as found after it, as ASReview's do). Default true.
    /// </summary>
    public bool StopWhenAllFound { get; init; } = true;
}
