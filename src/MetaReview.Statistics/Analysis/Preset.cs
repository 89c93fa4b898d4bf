using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Analysis;

/// <summary>
/// A named convention for the defaults of an analysis, so that results can be reproduced exactly as
/// another tool computes them. Settings the user gives explicitly always win over the preset.
/// </summary>
public sealed class Preset
{
    private readonly Func<EffectMeasure, AnalysisOptions> _defaults;

    private Preset(string name, string description, Func<EffectMeasure, AnalysisOptions> defaults)
    {
        Name = name;
        Description = description;
        _defaults = defaults;
    }

    /// <summary>
    /// metafor (the default): inverse variance, random effects with REML, Wald z test, I² and H² from
    /// tau², Q-profile intervals, 0.5 added to studies with a zero cell (double zeros kept), Hedges' g with
    /// the exact correction; Peto measure pooled by Peto's method.
    /// </summary>
    public static Preset Metafor { get; } = new("metafor",
        "metafor 3.8: IV, random effects (REML), z test, I² from tau², Hedges' g exact, 0.5 to studies with a zero cell",
        measure => new AnalysisOptions
        {
            Measure = measure,
            Method = measure == EffectMeasure.PETO ? PoolingMethod.Peto : PoolingMethod.IV,
            Model = measure == EffectMeasure.PETO ? new ModelOptions { Model = EffectModel.Fixed } : ModelOptions.Default,
        });

    /// <summary>
    /// RevMan 5: Mantel–Haenszel for RR, OR and RD, Peto for the Peto OR, inverse variance otherwise;
    /// fixed effect unless random effects are asked for, and then DerSimonian–Laird (with Q around the MH
    /// estimate for binary data); I² from Q; 0.5 added to the cells of studies
    /// with a zero cell, double-zero studies not estimable for RR, OR and Peto OR; RevMan's approximate
    /// Hedges' g.
    /// </summary>
    public static Preset RevMan5 { get; } = new("revman5",
        "RevMan 5: MH for binary data, fixed effect by default, DL for random effects, I² from Q, approximate Hedges' g",
        measure => new AnalysisOptions
        {
            Measure = measure,
            Method = measure switch
            {
                EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD => PoolingMethod.MH,
                EffectMeasure.PETO => PoolingMethod.Peto,
                _ => PoolingMethod.IV,
            },
            EffectSizes = new EffectSizeOptions(
                new ZeroCellCorrection(0.5, ContinuityRule.OnlyStudiesWithZero, DropDoubleZero: measure is EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.PETO),
                SmdVariant.HedgesGApproximate),
            Model = new ModelOptions
            {
                Model = EffectModel.Fixed,
                Tau2Method = Tau2Method.DL,
                HeterogeneityBasis = HeterogeneityBasis.Q,
                Tau2ConfidenceInterval = false,
            },
            Preset = "revman5",
        });

    /// <summary>All presets.</summary>
    public static IReadOnlyList<Preset> All { get; } = [Metafor, RevMan5];

    /// <summary>The preset's name, as given on the command line (<c>--preset revman5</c>).</summary>
    public string Name { get; }

    /// <summary>One line saying what the preset does.</summary>
    public string Description { get; }

    /// <summary>Finds a preset by name (case-insensitive), or <see langword="null"/>.</summary>
    public static Preset? Find(string name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The preset's defaults for a measure.</summary>
    public AnalysisOptions Defaults(EffectMeasure measure) => _defaults(measure) with { Preset = Name };
}
