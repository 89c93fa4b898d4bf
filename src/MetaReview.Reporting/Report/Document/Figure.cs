using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Report.Document;

/// <summary>A figure: a drawn scene with a caption.</summary>
/// <param name="Name">A file-safe name, used for figure files next to the Markdown report ("forest-alsfrs6").</param>
/// <param name="Caption">The caption ("Figure 2. ALSFRS-R at 6 months: forest plot").</param>
/// <param name="Scene">The drawing.</param>
public sealed record Figure(string Name, string Caption, Scene Scene) : Block;
