using System.Globalization;

namespace MetaReview.Records.Internal;

/// <summary>
/// Finds the year in the date strings exports write: "2019", "2020//", "1948/07//", "2013 06 10",
/// "1 Jan.-Feb. 2019", "2009-03", "Mar 3 2015".
/// </summary>
internal static class YearParser
{
    /// <summary>The first run of exactly four digits between 1000 and 2999, or <see langword="null"/>.</summary>
    public static int? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && char.IsAsciiDigit(text[i - 1])))
            {
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            if (end - i == 4)
            {
                var year = int.Parse(text.AsSpan(i, 4), CultureInfo.InvariantCulture);
                if (year is >= 1000 and <= 2999)
                {
                    return year;
                }
            }

            i = end;
        }

        return null;
    }
}
