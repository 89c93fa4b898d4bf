using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// A text column of the forest plot's table, left of the weights (RevMan's "Events", "Total", "Mean", "SD"),
/// with its header and the arm it belongs to. Each row gives one cell per column, in order.
/// </summary>
/// <param name="Header">The column header, e.g. "Events".</param>
/// <param name="Arm">The arm whose name is printed over the column (<see cref="ForestArm.None"/> for none).</param>
/// <param name="Alignment">How cells align; numbers align right (the default).</param>
public sealed record ForestColumn(string Header, ForestArm Arm = ForestArm.None, TextAnchor Alignment = TextAnchor.End);
