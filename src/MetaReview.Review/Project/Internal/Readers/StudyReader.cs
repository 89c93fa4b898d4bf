using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Review.Project.Internal.Yaml;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>Reads the studies: identity, design, arms, characteristics and status (with the criterion of an exclusion).</summary>
internal static class StudyReader
{
    private static readonly string[] Keys =
        ["id", "label", "citation", "doi", "design", "country", "arms", "characteristics", "funding", "notes", "status", "criterion"];

    private static readonly string[] ArmKeys = ["id", "description", "n_randomised", "n_analysed"];

    private static readonly (string, StudyDesign)[] Designs =
    [
        ("rct", StudyDesign.Rct), ("cluster-rct", StudyDesign.ClusterRct), ("crossover-rct", StudyDesign.CrossoverRct),
        ("non-randomised", StudyDesign.NonRandomised), ("non-randomized", StudyDesign.NonRandomised),
        ("cohort", StudyDesign.Cohort), ("case-control", StudyDesign.CaseControl), ("other", StudyDesign.Other),
    ];

    private static readonly (string, StudyStatus)[] Statuses =
        [("included", StudyStatus.Included), ("awaiting-data", StudyStatus.AwaitingData), ("excluded", StudyStatus.Excluded)];

    public static ImmutableArray<ReviewStudy> Read(Fields root, ReviewIds ids)
    {
        var studies = ImmutableArray.CreateBuilder<ReviewStudy>();
        var labels = new Dictionary<string, ReviewLocation>(StringComparer.Ordinal);
        foreach (var item in root.Items("studies"))
        {
            var f = Fields.Of(item, root.Context, Fields.Named("study", Fields.Peek(item, "id")), "a study", Keys);
            if (!f.IsMapping)
            {
                continue;
            }

            var errors = f.Context.ErrorCount;
            var id = f.RequiredText("id");
            var declared = id is not null && ids.Studies.Declare(id, f.LocationOf("id"), f.Where);
            var citation = f.RequiredText("citation");
            var design = f.Has("design") ? f.Choice("design", Designs) : Missing<StudyDesign>(f, "design");
            var status = f.Choice("status", Statuses) ?? StudyStatus.Included;
            var criterion = Criterion(f, status, ids);
            var arms = Arms(f);
            var characteristics = Characteristics(f, ids);
            var label = f.Text("label") ?? id;
            if (label is not null && (declared || f.Has("label")) && labels.TryGetValue(label, out var first))
            {
                f.ErrorAt(f.Has("label") ? "label" : "id", ReviewProblemCode.DuplicateId, ReviewMessages.DuplicateLabel(label, first), ReviewMessages.LabelSuggestion);
            }
            else if (label is not null && (declared || f.Has("label")))
            {
                labels.Add(label, f.LocationOf(f.Has("label") ? "label" : "id"));
            }

            var doi = f.Text("doi");
            var countries = f.TextList("country", allowSingle: true);
            var funding = f.Text("funding");
            var notes = f.Text("notes");
            if (!declared || citation is null || design is null || f.Context.ErrorCount != errors)
            {
                continue;
            }

            var study = new ReviewStudy
            {
                Id = id!,
                Label = label!,
                Citation = citation,
                Doi = doi,
                Design = design.Value,
                Countries = [.. countries.Select(c => c.Text)],
                Arms = arms,
                Characteristics = characteristics,
                Funding = funding,
                Notes = notes,
                Status = status,
                ExclusionCriterion = criterion,
                Location = f.Location,
            };
            ids.Studies.Add(id!, study);
            studies.Add(study);
        }

        return studies.ToImmutable();
    }

    private static T? Missing<T>(Fields f, string key)
        where T : struct
    {
        f.Missing(key);
        return null;
    }

    private static string? Criterion(Fields f, StudyStatus status, ReviewIds ids)
    {
        var criterion = f.Text("criterion");
        if (status != StudyStatus.Excluded)
        {
            if (criterion is not null)
            {
                f.ErrorAt("criterion", ReviewProblemCode.Conflict, ReviewMessages.CriterionWithoutExclusion, ReviewMessages.CriterionWithoutExclusionSuggestion);
            }

            return null;
        }

        if (criterion is null)
        {
            f.Missing("criterion", ReviewMessages.ExcludedNeedsCriterion(ids.Criteria.Ids));
            return null;
        }

        return ids.Criteria.Resolve(criterion, f.LocationOf("criterion"), f.Where)?.Id;
    }

    private static ImmutableArray<StudyArm> Arms(Fields study)
    {
        var arms = ImmutableArray.CreateBuilder<StudyArm>();
        var seen = new Dictionary<string, ReviewLocation>(StringComparer.Ordinal);
        foreach (var item in study.Items("arms"))
        {
            var where = ReviewMessages.Join(study.Where, Fields.Named("arm", Fields.Peek(item, "id")));
            var f = Fields.Of(item, study.Context, where, "an arm", ArmKeys);
            var id = f.RequiredText("id");
            var description = f.RequiredText("description");
            var randomised = Count(f, "n_randomised");
            var analysed = Count(f, "n_analysed");
            if (analysed > randomised)
            {
                f.WarningAt("n_analysed", ReviewProblemCode.Suspicious, ReviewMessages.MoreAnalysedThanRandomised(analysed.Value, randomised.Value));
            }

            if (id is null || description is null)
            {
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                f.ErrorAt("id", ReviewProblemCode.DuplicateId, ReviewMessages.DuplicateId("arm", id, first));
                continue;
            }

            seen.Add(id, f.LocationOf("id"));
            arms.Add(new StudyArm(id, description, randomised, analysed));
        }

        return arms.ToImmutable();
    }

    private static int? Count(Fields f, string key)
    {
        var n = f.Integer(key);
        if (n < 1)
        {
            f.ErrorAt(key, ReviewProblemCode.InvalidValue, ReviewMessages.MustBeAtLeast(key, 1, n.Value));
            return null;
        }

        return n;
    }

    private static ImmutableDictionary<string, string> Characteristics(Fields study, ReviewIds ids)
    {
        var result = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (study.Node("characteristics") is not { } node)
        {
            return result.ToImmutable();
        }

        if (node is not MappingNode mapping)
        {
            study.ErrorAt("characteristics", ReviewProblemCode.WrongType, ReviewMessages.MustBe("characteristics", "a mapping of characteristic ids to values", node));
            return result.ToImmutable();
        }

        foreach (var entry in mapping.Entries)
        {
            var where = ReviewMessages.Join(study.Where, "characteristics");
            if (ids.Characteristics.Resolve(entry.Name, entry.Key.Location, where) is not { } characteristic)
            {
                continue;
            }

            if (entry.Value is not ScalarNode { Value: { } raw } || string.IsNullOrWhiteSpace(raw))
            {
                study.Context.Error(entry.Value is ScalarNode ? ReviewProblemCode.MissingField : ReviewProblemCode.WrongType, entry.Value.Location,
                    ReviewMessages.In(where, ReviewMessages.MustBe(entry.Name, "a value", entry.Value)));
                continue;
            }

            if (Value(characteristic, raw.Trim(), entry.Value.Location, study.Context, where) is { } value)
            {
                result[characteristic.Id] = value;
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The value in the declared spelling, or null after reporting a value outside the declared ones or not a number.</summary>
    private static string? Value(StudyCharacteristic characteristic, string value, ReviewLocation location, ReadContext context, string where)
    {
        if (characteristic.Type == CharacteristicType.Number)
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            {
                return value;
            }

            context.Error(ReviewProblemCode.WrongType, location, ReviewMessages.In(where, ReviewMessages.CharacteristicNotANumber(characteristic.Id, value)));
            return null;
        }

        if (characteristic.Values.IsEmpty)
        {
            return value;
        }

        var declared = characteristic.Values.FirstOrDefault(v => Suggestions.Normalise(v) == Suggestions.Normalise(value));
        if (declared is null)
        {
            context.Error(ReviewProblemCode.InvalidValue, location, ReviewMessages.In(where, ReviewMessages.NotOneOf(characteristic.Id, value, characteristic.Values)),
                Suggestions.DidYouMean(value, characteristic.Values));
        }

        return declared;
    }
}
