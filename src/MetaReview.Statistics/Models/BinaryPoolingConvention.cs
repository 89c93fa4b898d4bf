namespace MetaReview.Statistics.Models;

/// <summary>
/// Whose conventions a Mantel–Haenszel or Peto analysis follows where metafor and RevMan 5 differ: zero cells,
/// double-zero studies and the study effects that enter Cochran's Q.
/// </summary>
public enum BinaryPoolingConvention
{
    /// <summary>
    /// metafor 3.8 defaults (<c>rma.mh(add=1/2, to="only0", drop00=TRUE)</c>, <c>rma.peto</c>): the pooled
    /// estimate and its variance use the tables as observed (no continuity correction); double-zero studies stay in
    /// and count in k (a table without events contributes nothing to the MH OR, MH RR and Peto OR; the MH RD uses it,
    /// and the MH RR uses a table with only events); Q is
    /// computed from the study effects with 0.5 added to the cells of studies with a zero cell and double-zero studies
    /// left out.
    /// </summary>
    Metafor,

    /// <summary>
    /// RevMan 5 (Deeks and Higgins 2010, "Statistical algorithms in Review Manager 5"; R meta's
    /// <c>MH.exact = FALSE</c>, <c>Q.Cochrane = TRUE</c>): studies with no events (or only events) in both arms are
    /// not estimable for RR and OR and are left out; 0.5 is added to the four cells of studies with a zero cell, and
    /// the corrected tables are used for the pooled MH RR and OR, for the variance of every MH estimate and for the
    /// study effects in Q; the MH RD estimate uses the observed tables.
    /// </summary>
    RevMan5,
}
