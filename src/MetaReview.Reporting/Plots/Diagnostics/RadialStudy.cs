namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>One study of a radial (Galbraith) plot.</summary>
/// <param name="Label">The study's name.</param>
/// <param name="Yi">The estimate on the analysis scale (log for ratio measures).</param>
/// <param name="Vi">Its sampling variance (&gt; 0).</param>
public sealed record RadialStudy(string Label, double Yi, double Vi);
