namespace MetaReview.Review.Grade;

/// <summary>How certainty is written in GRADE tables.</summary>
public static class CertaintyExtensions
{
    /// <summary>GRADE's symbols: ⊕⊕⊕⊕ high, ⊕⊕⊕⊝ moderate, ⊕⊕⊝⊝ low, ⊕⊝⊝⊝ very low.</summary>
    public static string Symbols(this Certainty certainty) =>
        new string('⊕', (int)certainty) + new string('⊝', 4 - (int)certainty);

    /// <summary>"High", "Moderate", "Low" or "Very low".</summary>
    public static string Label(this Certainty certainty) => certainty switch
    {
        Certainty.High => "High",
        Certainty.Moderate => "Moderate",
        Certainty.Low => "Low",
        _ => "Very low",
    };
}
