using System.Collections.Immutable;

namespace MetaReview.Review.Grade;

/// <summary>The GRADE certainty of one outcome: starting level, a judgement per domain, the result, footnotes.</summary>
/// <param name="Outcome">The outcome's name.</param>
/// <param name="Start">High for randomised trials, low for observational studies.</param>
/// <param name="Judgements">One judgement per domain (suggested, or the reviewers' override).</param>
/// <param name="Suggested">The suggested judgements, kept for the record even where overridden.</param>
/// <param name="Certainty">The final certainty.</param>
public sealed record GradeAssessment(
    string Outcome,
    Certainty Start,
    ImmutableArray<DomainJudgement> Judgements,
    ImmutableArray<DomainJudgement> Suggested,
    Certainty Certainty)
{
    /// <summary>One footnote per domain that moved certainty, or whose judgement was overridden.</summary>
    public ImmutableArray<string> Footnotes => [.. Judgements.Where(j => j.Levels != 0 || j.IsOverride).Select(Footnote)];

    private static string Footnote(DomainJudgement j)
    {
        var domain = j.Domain switch
        {
            GradeDomain.RiskOfBias => "risk of bias",
            GradeDomain.Inconsistency => "inconsistency",
            GradeDomain.Indirectness => "indirectness",
            GradeDomain.Imprecision => "imprecision",
            GradeDomain.PublicationBias => "publication bias",
            GradeDomain.LargeEffect => "a large effect",
            GradeDomain.DoseResponse => "a dose–response gradient",
            _ => "plausible confounding",
        };
        var levels = Math.Abs(j.Levels) switch { 0 => "Not downgraded", 1 => "one level", 2 => "two levels", _ => $"{Math.Abs(j.Levels)} levels" };
        var verb = j.Levels < 0 ? $"Downgraded {levels} for {domain}" : j.Levels > 0 ? $"Upgraded {levels} for {domain}" : $"Not downgraded for {domain}";
        return $"{verb}: {j.Reason}{(j.IsOverride ? " (reviewers' judgement)" : "")}";
    }
}
