namespace MetaReview.Statistics.EffectSizes;

/// <summary>
/// How zero cells in two-arm binary data are handled when computing study effect sizes.
/// The default adds 0.5 to the four cells of studies with a zero cell and keeps double-zero studies
/// (metafor <c>escalc(add=1/2, to="only0", drop00=FALSE)</c>); RevMan drops double-zero studies
/// from RR and OR analyses.
/// </summary>
/// <param name="Increment">The value added to each cell (0.5 by default).</param>
/// <param name="Rule">Which studies receive the increment.</param>
/// <param name="DropDoubleZero">Drop studies with no events (or only events) in both arms.</param>
public sealed record ZeroCellCorrection(double Increment = 0.5, ContinuityRule Rule = ContinuityRule.OnlyStudiesWithZero, bool DropDoubleZero = false)
{
    /// <summary>The metafor and RevMan default: 0.5 to studies with a zero cell, double zeros kept.</summary>
    public static ZeroCellCorrection Default { get; } = new();
}
