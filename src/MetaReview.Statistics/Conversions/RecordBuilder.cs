using System.Collections.Immutable;
using System.Globalization;

namespace MetaReview.Statistics.Conversions;

/// <summary>Collects a conversion's inputs, outputs and notes and formats numbers for its description.</summary>
internal sealed class RecordBuilder
{
    private readonly ImmutableArray<ConversionValue>.Builder _inputs = ImmutableArray.CreateBuilder<ConversionValue>();
    private readonly ImmutableArray<ConversionValue>.Builder _outputs = ImmutableArray.CreateBuilder<ConversionValue>();
    private readonly ImmutableArray<string>.Builder _notes = ImmutableArray.CreateBuilder<string>();

    public RecordBuilder In(string name, double value)
    {
        _inputs.Add(new ConversionValue(name, value));
        return this;
    }

    public RecordBuilder Out(string name, double value)
    {
        _outputs.Add(new ConversionValue(name, value));
        return this;
    }

    public RecordBuilder Note(string note)
    {
        _notes.Add(note);
        return this;
    }

    public ConversionRecord Build(string method, string citation, string description) =>
        new(method, citation, _inputs.ToImmutable(), _outputs.ToImmutable(), description, _notes.ToImmutable());

    /// <summary>An input as the user gave it.</summary>
    public static string In(double value) => ConversionChecks.F(value);

    /// <summary>
    /// A computed value to four significant digits, without exponent or trailing zeros (30.4092 → "30.41",
    /// 0.58269 → "0.5827", 12345.6 → "12346", 15.0000001 → "15").
    /// </summary>
    public static string Out(double value)
    {
        if (value == 0 || !double.IsFinite(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var magnitude = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        var decimals = Math.Clamp(3 - magnitude, 0, 15);
        // Rounded as a decimal (15 significant digits), so that 6.7195 stored as 6.71949999... prints as 6.72, as by hand.
        var format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        var text = Math.Abs(value) < 1e15
            ? Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero).ToString(format, CultureInfo.InvariantCulture)
            : value.ToString(format, CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }

    /// <summary>A confidence level as a percentage ("95%", "99.9%").</summary>
    public static string Percent(double level) => (level * 100).ToString("0.###", CultureInfo.InvariantCulture) + "%";
}
