namespace MetaReview.Statistics.SmallStudy;

/// <summary>A study imputed by trim-and-fill: the mirror image of a trimmed study (JSON <c>filled[]</c>).</summary>
/// <param name="Yi">Effect size 2µ̂ − yⱼ, µ̂ the trimmed estimate and j the mirrored study.</param>
/// <param name="Vi">The mirrored study's sampling variance.</param>
/// <param name="MirrorOf">Index (0-based, input order) of the study it mirrors.</param>
public sealed record FilledStudy(double Yi, double Vi, int MirrorOf);
