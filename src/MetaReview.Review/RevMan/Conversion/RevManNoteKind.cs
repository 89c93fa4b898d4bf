namespace MetaReview.Review.RevMan.Conversion;

/// <summary>What a note on a RevMan import says.</summary>
public enum RevManNoteKind
{
    /// <summary>Something in the RevMan file the review file cannot express; the note keeps it, so nothing is lost silently.</summary>
    NotImported,

    /// <summary>A choice the import made where RevMan does not say (e.g. the outcome's direction); check it.</summary>
    Assumption,

    /// <summary>A warning the RevMan reader gave (a value read with an assumption).</summary>
    ReaderWarning,
}
