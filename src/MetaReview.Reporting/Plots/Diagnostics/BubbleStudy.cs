namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>One study of a bubble plot.</summary>
/// <param name="Label">The study's name.</param>
/// <param name="X">The study's value of the moderator.</param>
/// <param name="Yi">The estimate on the analysis scale (log for ratio measures).</param>
/// <param name="Vi">Its sampling variance (&gt; 0).</param>
public sealed record BubbleStudy(string Label, double X, double Yi, double Vi);
