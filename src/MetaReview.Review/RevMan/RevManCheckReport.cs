using System.Collections.Immutable;

namespace MetaReview.Review.RevMan;

/// <summary>The check of every outcome and subgroup of a review against RevMan's stored results.</summary>
/// <param name="Source">The file checked.</param>
/// <param name="Format">Its format.</param>
/// <param name="Tolerance">The tolerance, in words (depends on how RevMan stored its results in this format).</param>
/// <param name="Rows">A row per outcome, followed by a row per subgroup of it.</param>
public sealed record RevManCheckReport(string Source, RevManFormat Format, string Tolerance, ImmutableArray<RevManCheckRow> Rows)
{
    /// <summary>Rows that agree.</summary>
    public int Passed => Rows.Count(r => r.Status == RevManCheckStatus.Pass);

    /// <summary>Rows that disagree.</summary>
    public int Failed => Rows.Count(r => r.Status == RevManCheckStatus.Fail);

    /// <summary>Rows MetaReview could not re-analyse.</summary>
    public int Skipped => Rows.Count(r => r.Status == RevManCheckStatus.Skipped);

    /// <summary>Rows without stored results.</summary>
    public int NotStored => Rows.Count(r => r.Status == RevManCheckStatus.NotStored);

    /// <summary>True when no row fails (skipped rows and rows without stored results do not fail the check).</summary>
    public bool Agrees => Failed == 0;
}
