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
            var declared = id is not null && ids.Criteria.Declare(id, f.LocationOf("id"), f.Where);
            var text = f.RequiredText("text");
            if (!declared || text is null)
            {
                continue;
            }

            var criterion = new EligibilityCriterion(id!, text, f.Text("reason"), f.Location);
            ids.Criteria.Add(id!, criterion);
            criteria.Add(criterion);
        }

        return criteria.ToImmutable();
    }
}
