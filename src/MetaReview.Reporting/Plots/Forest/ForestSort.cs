namespace MetaReview.Reporting.Plots.Forest;

/// <summary>The order of the study rows within each group.</summary>
public enum ForestSort
{
    /// <summary>As given (the order of the data file).</summary>
    Given,

    /// <summary>Heaviest first.</summary>
    Weight,

    /// <summary>Smallest estimate first; studies that are not estimable last.</summary>
    Effect,

    /// <summary>Oldest first (rows without a year last), ties by label.</summary>
    Year,

    /// <summary>Alphabetically by label (ordinal, ignoring case).</summary>
    Label,
}
