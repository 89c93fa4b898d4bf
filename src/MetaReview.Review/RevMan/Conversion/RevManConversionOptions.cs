using MetaReview.Review.Project;

namespace MetaReview.Review.RevMan.Conversion;

/// <summary>Choices for <see cref="RevManProjectConverter"/> that a RevMan file does not record.</summary>
public sealed record RevManConversionOptions
{
    /// <summary>
    /// The design given to every study (default <see cref="StudyDesign.Other"/>): RevMan does not record study designs.
    /// Give <see cref="StudyDesign.Rct"/> when every study of the review is a randomised trial.
    /// </summary>
    public StudyDesign Design { get; init; } = StudyDesign.Other;

    /// <summary>The review's title, instead of RevMan's (the CSV export has none).</summary>
    public string? Title { get; init; }

    /// <summary>The defaults.</summary>
    public static RevManConversionOptions Default { get; } = new();
}
