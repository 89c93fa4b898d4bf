namespace MetaReview.Statistics.Subgroups;

/// <summary>How tau² is estimated in a random-effects subgroup analysis.</summary>
public enum SubgroupTau2
{
    /// <summary>
    /// Each subgroup has its own tau² (RevMan; metafor <c>rma(yi, vi, subset=group==level)</c>; R meta's default).
    /// </summary>
    Separate,

    /// <summary>
    /// One residual tau² for all subgroups, estimated from the mixed-effects model with the subgroup factor
    /// (metafor <c>rma(yi, vi, mods = ~ factor(group))</c>; R meta <c>tau.common = TRUE</c>); each subgroup is then
    /// pooled with that tau² (metafor <c>rma(yi, vi, subset=, tau2=)</c>).
    /// </summary>
    Common,
}
