using System.Collections.Immutable;

namespace MetaReview.Review.Input.Internal;

/// <summary>
/// A file's header and data rows before any interpretation, the same for CSV and XLSX, with what is
/// needed to locate every cell.
/// </summary>
internal sealed record RawTable(string Source, string? Sheet, int HeaderLine, ImmutableArray<string> Headers, ImmutableArray<RawRow> Rows)
{
    public InputLocation File => new(Source, Sheet);

    public InputLocation At(int line, int? column = null) => new(Source, Sheet, line, column);
}
