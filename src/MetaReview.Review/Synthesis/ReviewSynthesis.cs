using System.Collections.Immutable;
using MetaReview.Review.Project;

namespace MetaReview.Review.Synthesis;

/// <summary>A review project with every outcome analysed: what the report is written from.</summary>
/// <param name="Project">The review.</param>
/// <param name="Outcomes">The outcomes' syntheses, in the review's order.</param>
public sealed record ReviewSynthesis(ReviewProject Project, ImmutableArray<OutcomeSynthesis> Outcomes);
