using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>One study's data entry in an outcome: numbers, or the reason there are none.</summary>
/// <param name="Study">The study.</param>
/// <param name="Data">Binary arms, continuous arms or a generic estimate; null with <paramref name="Missing"/>.</param>
/// <param name="StandardError">For generic inverse variance data, the SE RevMan holds (written as <c>se</c>, not <c>vi</c>).</param>
/// <param name="Missing">Why there are no numbers, or null.</param>
/// <param name="Notes">The entry's notes (footnotes, O−E and V, swapped events), or null.</param>
internal sealed record PlannedEntry(PlannedStudy Study, StudyData? Data, double? StandardError, string? Missing, string? Notes);
