namespace MetaReview.Review.RevMan;

/// <summary>A place in a RevMan file: the file (or ZIP entry), line, column and field, as far as they are known.</summary>
/// <param name="File">The file name, or "archive.zip!folder/entry.csv" for an entry of a ZIP.</param>
/// <param name="Line">1-based line, when known.</param>
/// <param name="Column">1-based column (character position in XML, field position in CSV), when known.</param>
/// <param name="Field">The XML attribute or element, or the CSV column header, when the place is one value.</param>
public sealed record RevManLocation(string File, int? Line = null, int? Column = null, string? Field = null)
{
    /// <summary>"file:line:column (field)", leaving out what is not known.</summary>
    public override string ToString()
    {
        var place = Line is null ? File : Column is null ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
        return Field is null ? place : $"{place} ({Field})";
    }
}
