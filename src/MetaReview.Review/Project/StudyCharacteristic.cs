using System.Collections.Immutable;

namespace MetaReview.Review.Project;

/// <summary>
/// A characteristic recorded for every study, declared once so that each study's value can be checked
/// (a typo would otherwise make a new subgroup) and outcomes can name it as a subgroup variable.
/// </summary>
/// <param name="Id">The id studies and analysis plans use, e.g. <c>exercise_type</c>.</param>
/// <param name="Name">The name printed in tables, e.g. "Exercise type".</param>
/// <param name="Type">Category or number.</param>
/// <param name="Values">The allowed categories in the order subgroups are shown; empty for any value (and for numbers).</param>
/// <param name="Location">Where it is declared.</param>
public sealed record StudyCharacteristic(string Id, string Name, CharacteristicType Type, ImmutableArray<string> Values, ReviewLocation Location);
