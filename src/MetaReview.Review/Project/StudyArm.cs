namespace MetaReview.Review.Project;

/// <summary>One arm of a study as randomised.</summary>
/// <param name="Id">The id data entries use to name the arm, e.g. <c>exercise</c>.</param>
/// <param name="Description">What the arm received, e.g. "aerobic exercise 2×/week for 6 months + standard care".</param>
/// <param name="NRandomised">Participants randomised to the arm, or <see langword="null"/> when not reported.</param>
/// <param name="NAnalysed">Participants analysed (for the primary outcome), or <see langword="null"/>.</param>
public sealed record StudyArm(string Id, string Description, int? NRandomised, int? NAnalysed);
