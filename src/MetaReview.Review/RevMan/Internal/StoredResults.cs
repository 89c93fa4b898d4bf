namespace MetaReview.Review.RevMan.Internal;

/// <summary>Rules shared by the readers for what RevMan stored.</summary>
internal static class StoredResults
{
    /// <summary>
    /// RevMan Web writes zeros for results it did not compute (the Fleiss 1993 SMD analysis converted from RevMan 5 has
    /// estimate 0 with CI 0 to 0 and P 0 for Chi² 0). A confidence interval of zero width cannot come from data, so
    /// such results are read as not stored.
    /// </summary>
    public static bool NotComputed(double? estimate, double? lower, double? upper) =>
        estimate == 0 && lower == 0 && upper == 0;

    /// <summary>The natural log of a value shown on the ratio scale, or null.</summary>
    public static double? Log(double? shown) => shown is > 0 ? Math.Log(shown.Value) : null;
}
