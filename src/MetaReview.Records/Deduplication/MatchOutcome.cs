namespace MetaReview.Records.Deduplication;

/// <summary>What comparing one field of two records showed.</summary>
public enum MatchOutcome
{
    /// <summary>The values are the same.</summary>
    Agree,

    /// <summary>The values differ only as exports of one article do (year ±1, a surname spelt with one letter more).</summary>
    Near,

    /// <summary>The values differ.</summary>
    Disagree,
}
