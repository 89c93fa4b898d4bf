using System.Collections.Immutable;
using MetaReview.Review.Grade;
using MetaReview.Review.Project.Internal.Yaml;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>
/// Reads an outcome's GRADE judgements: per domain, the levels down (0, 1, 2) or up, and the reason, which
/// is required (Guyatt et al. 2011: every rating is explained).
/// </summary>
internal static class GradeReader
{
    private static readonly (string Key, GradeDomain Domain, bool Up, int Max)[] Domains =
    [
        ("risk_of_bias", GradeDomain.RiskOfBias, false, 2),
        ("inconsistency", GradeDomain.Inconsistency, false, 2),
        ("indirectness", GradeDomain.Indirectness, false, 2),
        ("imprecision", GradeDomain.Imprecision, false, 2),
        ("publication_bias", GradeDomain.PublicationBias, false, 2),
        ("large_effect", GradeDomain.LargeEffect, true, 2),
        ("dose_response", GradeDomain.DoseResponse, true, 1),
        ("plausible_confounding", GradeDomain.PlausibleConfounding, true, 1),
    ];

    private static readonly string[] JudgementKeys = ["downgrade", "upgrade", "reason"];

    public static ImmutableArray<GradeOverride> Read(Fields outcome, string outcomeId)
    {
        var result = ImmutableArray.CreateBuilder<GradeOverride>();
        if (outcome.Node("grade") is not { } node)
        {
            return result.ToImmutable();
        }

        var grade = Fields.Of(node, outcome.Context, $"outcome '{outcomeId}', grade", "GRADE judgements (a mapping of domains)", [.. Domains.Select(d => d.Key)]);
        foreach (var entry in grade.Entries)
        {
            var domain = Domains.FirstOrDefault(d => d.Key == entry.Name);
            if (domain.Key is null)
            {
                continue;
            }

            if (Judgement(entry, domain, grade) is { } judgement)
            {
                result.Add(judgement);
            }
        }

        return result.ToImmutable();
    }

    private static GradeOverride? Judgement(MappingEntry entry, (string Key, GradeDomain Domain, bool Up, int Max) domain, Fields grade)
    {
        var f = Fields.Of(entry.Value, grade.Context, ReviewMessages.Join(grade.Where, domain.Key), "a judgement (downgrade or upgrade, and reason)", JudgementKeys);
        if (!f.IsMapping)
        {
            return null;
        }

        var errors = f.Context.ErrorCount;
        var (key, other) = domain.Up ? ("upgrade", "downgrade") : ("downgrade", "upgrade");
        if (f.Has(other))
        {
            f.ErrorAt(other, ReviewProblemCode.Conflict, ReviewMessages.WrongGradeDirection(domain.Key, domain.Up, key));
        }

        var levels = f.Has(key) ? f.Integer(key) : null;
        if (!f.Has(key) && !f.Has(other))
        {
            f.Missing(key, ReviewMessages.GradeLevelsSuggestion(key, domain.Max));
        }

        if (levels is { } l && (l < 0 || l > domain.Max))
        {
            f.ErrorAt(key, ReviewProblemCode.InvalidValue, ReviewMessages.GradeLevelsOutOfRange(domain.Key, key, domain.Max, l));
        }

        var reason = f.RequiredText("reason", ReviewMessages.GradeReasonSuggestion);
        return f.Context.ErrorCount != errors || levels is null || reason is null
            ? null
            : new GradeOverride(domain.Domain, domain.Up ? levels.Value : -levels.Value, reason, entry.Key.Location);
    }
}
