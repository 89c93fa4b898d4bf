namespace MetaReview.Reporting.Plots.Forest;

/// <summary>Which arm a data column belongs to; the plot prints the arm's name (e.g. "Experimental") over its columns.</summary>
public enum ForestArm
{
    /// <summary>A column of its own (e.g. "Year", "Tau²").</summary>
    None,

    /// <summary>The experimental (intervention) arm.</summary>
    Experimental,

    /// <summary>The control (comparator) arm.</summary>
    Control,
}
