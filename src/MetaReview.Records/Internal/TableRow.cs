namespace MetaReview.Records.Internal;

/// <summary>
/// One row of a table: its cells, the line (or worksheet row) it starts on, and problems met while
/// splitting it (<see cref="Error"/> set when the row cannot be used).
/// </summary>
internal sealed record TableRow(int Line, IReadOnlyList<TableCell> Cells, IReadOnlyList<ImportProblem> Warnings, ImportProblem? Error);
