using System.Collections.Immutable;

namespace MetaReview.Review.RevMan;

/// <summary>A risk-of-bias domain (rm5 <c>QUALITY_ITEM</c>, a pair of data package columns) with its judgements.</summary>
/// <param name="Id">RevMan's identifier (e.g. "QIT-02"), or the domain's name.</param>
/// <param name="Name">The domain, e.g. "Allocation concealment?".</param>
/// <param name="Description">What the domain asks, as text.</param>
/// <param name="PerOutcomeGroup">True when judged per outcome group (rm5 <c>LEVEL="GROUP"</c>), false per study.</param>
/// <param name="Entries">The judgements.</param>
public sealed record RevManRiskOfBiasDomain(string Id, string Name, string Description, bool PerOutcomeGroup, ImmutableArray<RevManRiskOfBiasEntry> Entries);
