namespace MetaReview.Review.Project.Internal;

/// <summary>Everything that can be referred to by id, filled section by section in the order references need.</summary>
internal sealed class ReviewIds(ReadContext context)
{
    public IdRegistry<EligibilityCriterion> Criteria { get; } = new("criterion", context);

    public IdRegistry<StudyCharacteristic> Characteristics { get; } = new("characteristic", context);

    public IdRegistry<ReviewStudy> Studies { get; } = new("study", context);

    public IdRegistry<ReviewOutcome> Outcomes { get; } = new("outcome", context);
}
