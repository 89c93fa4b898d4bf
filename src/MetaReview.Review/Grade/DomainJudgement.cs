namespace MetaReview.Review.Grade;

/// <summary>One domain's judgement: how many levels it moves certainty, and why.</summary>
/// <param name="Domain">The domain.</param>
/// <param name="Levels">Levels of change: 0, −1 (serious), −2 (very serious), or +1/+2 for rating up.</param>
/// <param name="Reason">The reason in a sentence, as the footnote of the summary-of-findings table prints it.</param>
/// <param name="IsOverride">True when the reviewers' judgement replaced the suggested one.</param>
public sealed record DomainJudgement(GradeDomain Domain, int Levels, string Reason, bool IsOverride = false)
{
    /// <summary>"not serious", "serious", "very serious", "none", "+1", ... as GRADE tables print it.</summary>
    public string Label => Levels switch
    {
        0 => Domain is GradeDomain.PublicationBias ? "undetected" : Domain >= GradeDomain.LargeEffect ? "none" : "not serious",
        -1 => Domain is GradeDomain.PublicationBias ? "strongly suspected" : "serious",
        -2 => "very serious",
        < -2 => "extremely serious",
        _ => $"+{Levels}",
    };
}
