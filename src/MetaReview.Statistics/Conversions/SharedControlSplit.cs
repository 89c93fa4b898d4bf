using System.Collections.Immutable;

namespace MetaReview.Statistics.Conversions;

/// <summary>A shared control arm split between the comparisons of a multi-arm trial, with the record of the split.</summary>
/// <param name="Shares">One share per comparison, in the order of the weights (or comparisons) given.</param>
/// <param name="Record">What was done, for the report's data notes.</param>
public sealed record SharedControlSplit(ImmutableArray<ControlShare> Shares, ConversionRecord Record);
