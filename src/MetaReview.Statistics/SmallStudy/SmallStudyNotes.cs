namespace MetaReview.Statistics.SmallStudy;

/// <summary>Notes shared by the small-study tests; the texts live here so that every test words them alike.</summary>
internal static class SmallStudyNotes
{
    /// <summary>Sterne et al. (2011, BMJ 343:d4002) advise against tests for funnel plot asymmetry below 10 studies.</summary>
    public const int RecommendedMinimumK = 10;

    /// <summary>Adds the Sterne et al. (2011) note when k &lt; 10.</summary>
    public static void BelowTen(int k, ICollection<string> warnings)
    {
        if (k < RecommendedMinimumK)
        {
            warnings.Add($"k = {k}: with fewer than {RecommendedMinimumK} studies tests for funnel plot asymmetry have too little power to "
                + "distinguish chance from real asymmetry (Sterne et al. 2011, BMJ 343:d4002); the result is given but should not be relied on.");
        }
    }
}
