using System.Collections.Immutable;

namespace MetaReview.Reporting.Report.Document;

/// <summary>A table with a caption, a header row, body rows and footnotes.</summary>
/// <param name="Caption">The caption ("Table 2. Characteristics of included studies").</param>
/// <param name="Header">Header cells.</param>
/// <param name="Rows">Body rows.</param>
/// <param name="Footnotes">Footnotes printed under the table (e.g. GRADE explanations), in order.</param>
/// <param name="NumericColumns">Indices of columns whose cells are right-aligned numbers.</param>
public sealed record Table(
    string Caption,
    ImmutableArray<string> Header,
    ImmutableArray<TableRow> Rows,
    ImmutableArray<string> Footnotes,
    ImmutableArray<int> NumericColumns) : Block;
