namespace MetaReview.Review.RevMan;

/// <summary>A risk-of-bias judgement, mapped from RevMan's words (the entry keeps the original).</summary>
public enum RevManBiasJudgement
{
    /// <summary>Low risk (rm5 <c>RESULT="YES"</c>, "Low risk").</summary>
    Low,

    /// <summary>High risk (rm5 <c>RESULT="NO"</c>, "High risk").</summary>
    High,

    /// <summary>Unclear risk (rm5 <c>RESULT="UNKNOWN"</c>, "Unclear risk").</summary>
    Unclear,

    /// <summary>Not applicable.</summary>
    NotApplicable,

    /// <summary>A word MetaReview does not recognise; see the entry's text.</summary>
    Other,
}
