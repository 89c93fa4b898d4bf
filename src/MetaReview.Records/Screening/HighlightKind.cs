namespace MetaReview.Records.Screening;

/// <summary>Which list a highlighted word comes from.</summary>
public enum HighlightKind
{
    /// <summary>A word that suggests inclusion.</summary>
    Include,

    /// <summary>A word that suggests exclusion.</summary>
    Exclude,
}
