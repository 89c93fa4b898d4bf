namespace MetaReview.Review.Project;

/// <summary>Whether a study characteristic is a category (for subgroups) or a number (for meta-regression).</summary>
public enum CharacteristicType
{
    /// <summary>A category, e.g. the exercise type; optionally restricted to a list of values.</summary>
    Category,

    /// <summary>A number, e.g. the programme's duration in weeks.</summary>
    Number,
}
