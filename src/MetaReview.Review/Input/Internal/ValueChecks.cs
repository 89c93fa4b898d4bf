namespace MetaReview.Review.Input.Internal;

/// <summary>The range checks that several data types share: counts, sample sizes, positive values.</summary>
internal static class ValueChecks
{
    /// <summary>A count of events (or non-events): an error below 0, a warning when not whole.</summary>
    public static double? Count(StudyRow row, ColumnRole role)
    {
        if (row.Number(role) is not { } value)
        {
            return null;
        }

        if (value < 0)
        {
            row.Error(role, InputProblemCode.NegativeCount, InputMessages.NegativeCount(row.Text(role)));
            return null;
        }

        WarnIfNotWhole(row, role, value);
        return value;
    }

    /// <summary>A sample size: an error below <paramref name="minimum"/> (with the reason), a warning when not whole.</summary>
    public static double? SampleSize(StudyRow row, ColumnRole role, int minimum, string reason)
    {
        if (row.Number(role) is not { } value)
        {
            return null;
        }

        if (value < minimum)
        {
            row.Error(role, InputProblemCode.SampleSizeTooSmall, InputMessages.SampleSizeTooSmall(minimum, reason, row.Text(role)));
            return null;
        }

        WarnIfNotWhole(row, role, value);
        return value;
    }

    /// <summary>A value that must be &gt; 0; <paramref name="message"/> turns the value as written into the error.</summary>
    public static double? Positive(StudyRow row, ColumnRole role, InputProblemCode code, Func<string, string> message)
    {
        if (row.Number(role) is not { } value)
        {
            return null;
        }

        if (value <= 0)
        {
            row.Error(role, code, message(row.Text(role)));
            return null;
        }

        return value;
    }

    /// <summary>Events must not exceed the total of their arm (both already read).</summary>
    public static bool EventsWithinTotal(StudyRow row, ColumnRole events, double eventsValue, ColumnRole total, double totalValue)
    {
        if (eventsValue <= totalValue)
        {
            return true;
        }

        row.Error(events, InputProblemCode.EventsExceedTotal, InputMessages.EventsExceedTotal(row.Header(total), row.Text(total), row.Text(events)));
        return false;
    }

    private static void WarnIfNotWhole(StudyRow row, ColumnRole role, double value)
    {
        if (value != Math.Floor(value))
        {
            row.Warning(role, InputProblemCode.NonIntegerCount, InputMessages.NonIntegerCount(row.Text(role)));
        }
    }
}
