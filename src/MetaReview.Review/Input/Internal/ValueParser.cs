using System.Collections.Frozen;
using System.Globalization;

namespace MetaReview.Review.Input.Internal;

/// <summary>
/// Reads a number from a cell: invariant culture, decimal point only, exponent allowed, the Unicode
/// minus sign (U+2212, as copied from PDFs) read as '-'. Empty cells and R/Stata/Excel missing-value
/// markers (NA, N/A, #N/A, .) are missing; NaN and infinities are rejected.
/// </summary>
internal static class ValueParser
{
    private static readonly FrozenSet<string> MissingMarkers =
        new[] { "NA", "N/A", "#N/A", "." }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> NonFiniteWords =
        new[] { "nan", "inf", "+inf", "-inf", "infinity", "+infinity", "-infinity", "∞", "+∞", "-∞" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the cell is empty or holds a missing-value marker.</summary>
    public static bool IsMissing(RawCell cell) => cell.Number is null && (cell.Text.Length == 0 || MissingMarkers.Contains(cell.Text));

    /// <summary>Parses the cell, or says why it is not a finite number.</summary>
    public static bool TryParse(RawCell cell, out double value, out InputProblemCode failure)
    {
        failure = default;
        if (cell.Number is { } number)
        {
            value = number;
            return double.IsFinite(number) || Fail(InputProblemCode.NotFinite, out failure);
        }

        value = double.NaN;
        if (IsMissing(cell))
        {
            return Fail(InputProblemCode.MissingValue, out failure);
        }

        var text = cell.Text.Replace('\u2212', '-');
        if (NonFiniteWords.Contains(text))
        {
            return Fail(InputProblemCode.NotFinite, out failure);
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            // "1e999" parses to infinity.
            return double.IsFinite(value) || Fail(InputProblemCode.NotFinite, out failure);
        }

        var decimalComma = text.Count(c => c == ',') == 1
            && double.TryParse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        return Fail(decimalComma ? InputProblemCode.DecimalComma : InputProblemCode.NotANumber, out failure);
    }

    private static bool Fail(InputProblemCode code, out InputProblemCode failure)
    {
        failure = code;
        return false;
    }
}
