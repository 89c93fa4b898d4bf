namespace MetaReview.Review.Grade;

/// <summary>The small-study test behind the publication-bias judgement.</summary>
/// <param name="Test">Its name, e.g. "Egger's regression test".</param>
/// <param name="K">Studies in the test.</param>
/// <param name="PValue">Its p-value.</param>
public sealed record SmallStudyAssessment(string Test, int K, double PValue);
