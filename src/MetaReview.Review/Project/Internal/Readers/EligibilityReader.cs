using System.Collections.Immutable;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>Reads the eligibility criteria: each with an id that excluded studies give as their reason.</summary>
internal static class EligibilityReader
{
    private static readonly string[] Keys = ["id", "text", "reason"];

    public static ImmutableArray<EligibilityCriterion> Read(Fields root, ReviewIds ids)
    {
        var criteria = ImmutableArray.CreateBuilder<EligibilityCriterion>();
        foreach (var item in root.Items("eligibility"))
        {
            var f = Fields.Of(item, root.Context, Fields.Named("criterion", Fields.Peek(item, "id")), "a criterion (id and text)", Keys);
            var id = f.RequiredText("id");
            var text = f.RequiredText("text");
            if (id is null || text is null || !ids.Criteria.IsValidId(id, f.LocationOf("id"), f.Where))
            {
                continue;
            }

            var criterion = new EligibilityCriterion(id, text, f.Text("reason"), f.Location);
            if (ids.Criteria.Add(id, criterion, f.LocationOf("id")))
            {
                criteria.Add(criterion);
            }
        }

        return criteria.ToImmutable();
    }
}
