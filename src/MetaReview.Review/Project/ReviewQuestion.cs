namespace MetaReview.Review.Project;

/// <summary>
/// The review question in PICOS form (Cochrane Handbook §3.2): population, intervention, comparison,
/// outcomes and study designs, each as free text; any may be <see langword="null"/> while the protocol is drafted.
/// </summary>
/// <param name="Objective">The objective in one sentence.</param>
/// <param name="Population">P: who (e.g. "adults with ALS").</param>
/// <param name="Intervention">I: what is tested.</param>
/// <param name="Comparison">C: against what.</param>
/// <param name="Outcomes">O: what is measured, in words (the analysed outcomes are in <see cref="ReviewProject.Outcomes"/>).</param>
/// <param name="StudyDesign">S: which designs are eligible.</param>
public sealed record ReviewQuestion(string? Objective, string? Population, string? Intervention, string? Comparison, string? Outcomes, string? StudyDesign);
