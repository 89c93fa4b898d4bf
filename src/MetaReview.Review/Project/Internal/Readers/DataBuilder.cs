using System.Collections.Immutable;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>
/// What reading one data entry collects besides the numbers: every value as reported (with its source), the
/// conversions applied, and where each field of the engine's data came from, so that the engine's checks
/// (which name fields such as <c>sd_e</c>) can be reported at the line the value was written on.
/// </summary>
internal sealed class DataBuilder(string? defaultSource)
{
    private readonly ImmutableArray<ReportedValue>.Builder _reported = ImmutableArray.CreateBuilder<ReportedValue>();
    private readonly ImmutableArray<DataConversion>.Builder _conversions = ImmutableArray.CreateBuilder<DataConversion>();
    private readonly Dictionary<string, ReviewLocation> _origins = new(StringComparer.Ordinal);

    /// <summary>The entry's source, the default for every value in it.</summary>
    public string? DefaultSource { get; } = defaultSource;

    public ImmutableArray<ReportedValue> Reported => _reported.ToImmutable();

    public ImmutableArray<DataConversion> Conversions => _conversions.ToImmutable();

    /// <summary>The number of values entered without a source (neither their own nor the entry's or arm's).</summary>
    public int WithoutSource => _reported.Count(v => v.Source is null);

    /// <summary>Reads <paramref name="key"/> of <paramref name="f"/> as a reported value named <c>prefix.key</c>.</summary>
    public double? Value(Fields f, string key, string prefix, string? source)
    {
        var name = prefix.Length == 0 ? key : $"{prefix}.{key}";
        if (f.Reported(key, name, source) is not { } value)
        {
            return null;
        }

        _reported.Add(value);
        return value.Value;
    }

    public void Converted(string part, MetaReview.Statistics.Conversions.ConversionRecord record) =>
        _conversions.Add(new DataConversion(part, record));

    /// <summary>Records that the engine's <paramref name="field"/> (e.g. <c>sd_e</c>) came from <paramref name="location"/>.</summary>
    public void Origin(string field, ReviewLocation location) => _origins[field] = location;

    /// <summary>Where the engine's field came from, or null.</summary>
    public ReviewLocation? OriginOf(string field) => _origins.TryGetValue(field, out var location) ? location : null;
}
