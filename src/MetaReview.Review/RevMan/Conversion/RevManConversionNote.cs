namespace MetaReview.Review.RevMan.Conversion;

/// <summary>One note on a RevMan import: what was not imported, or assumed, and where.</summary>
/// <param name="Kind">Not imported, an assumption, or a reader's warning.</param>
/// <param name="Place">Where in the RevMan review, e.g. "outcome 1.1, study ISIS-2", or "review".</param>
/// <param name="Message">What, with the values concerned.</param>
public sealed record RevManConversionNote(RevManNoteKind Kind, string Place, string Message)
{
    /// <summary>"not imported: outcome 1.1: message".</summary>
    public override string ToString() => $"{KindText(Kind)}: {Place}: {Message}";

    /// <summary>The kind in words: "not imported", "assumed", "reader warning".</summary>
    public static string KindText(RevManNoteKind kind) => kind switch
    {
        RevManNoteKind.NotImported => "not imported",
        RevManNoteKind.Assumption => "assumed",
        _ => "reader warning",
    };
}
