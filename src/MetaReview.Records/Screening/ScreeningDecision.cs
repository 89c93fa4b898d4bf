namespace MetaReview.Records.Screening;

/// <summary>What one journal entry says about a record (the <c>decision</c> field).</summary>
public enum ScreeningDecision
{
    /// <summary>Eligible ("include").</summary>
    Include,

    /// <summary>Not eligible ("exclude"), usually with the criterion it fails as the reason.</summary>
    Exclude,

    /// <summary>Unsure ("maybe"): at title/abstract the record goes on to full text; at full text it awaits classification.</summary>
    Maybe,

    /// <summary>The full text was sought but could not be obtained ("not-retrieved"); full-text stage only.</summary>
    NotRetrieved,

    /// <summary>Takes back an earlier entry ("retract"), named by <see cref="JournalEntry.Retracts"/>: the journal's undo.</summary>
    Retract,
}
