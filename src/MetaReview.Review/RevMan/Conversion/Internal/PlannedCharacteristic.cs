namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>A study characteristic holding one outcome's RevMan subgroups.</summary>
internal sealed record PlannedCharacteristic(string Id, string Name, List<string> Values);
