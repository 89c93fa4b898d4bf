using System.Collections.Immutable;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>Reads the declared study characteristics (subgroup and meta-regression variables).</summary>
internal static class CharacteristicReader
{
    private static readonly string[] Keys = ["id", "name", "type", "values"];
    private static readonly (string, CharacteristicType)[] Types = [("category", CharacteristicType.Category), ("number", CharacteristicType.Number)];

    public static ImmutableArray<StudyCharacteristic> Read(Fields root, ReviewIds ids)
    {
        var result = ImmutableArray.CreateBuilder<StudyCharacteristic>();
        foreach (var item in root.Items("characteristics"))
        {
            var f = Fields.Of(item, root.Context, Fields.Named("characteristic", Fields.Peek(item, "id")), "a characteristic", Keys);
            var errors = f.Context.ErrorCount;
            var id = f.RequiredText("id");
            var declared = id is not null && ids.Characteristics.Declare(id, f.LocationOf("id"), f.Where);
            var type = f.Choice("type", Types) ?? CharacteristicType.Category;
            var values = Values(f);
            if (type == CharacteristicType.Number && !values.IsEmpty)
            {
                f.ErrorAt("values", ReviewProblemCode.Conflict, ReviewMessages.ValuesForNumber);
            }

            var name = f.Text("name");
            if (!declared || f.Context.ErrorCount != errors)
            {
                continue;
            }

            var characteristic = new StudyCharacteristic(id!, name ?? id!, type, values, f.Location);
            ids.Characteristics.Add(id!, characteristic);
            result.Add(characteristic);
        }

        return result.ToImmutable();
    }

    private static ImmutableArray<string> Values(Fields f)
    {
        var values = ImmutableArray.CreateBuilder<string>();
        foreach (var (value, location) in f.TextList("values"))
        {
            if (values.Any(v => Suggestions.Normalise(v) == Suggestions.Normalise(value)))
            {
                f.Context.Error(ReviewProblemCode.DuplicateId, location, ReviewMessages.In(f.Where, ReviewMessages.DuplicateValue(value)));
                continue;
            }

            values.Add(value);
        }

        return values.ToImmutable();
    }
}
