using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Estimators;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Analysis;

/// <summary>
/// The choices a user made for an analysis (command-line options, a batch line, a review file's analysis
/// plan); anything left <see langword="null"/> comes from the preset. <see cref="Resolve"/> merges them.
/// </summary>
public sealed record AnalysisSettings
{
    /// <summary>The effect measure, or null to use the one inferred from the data.</summary>
    public EffectMeasure? Measure { get; init; }

    /// <summary>The preset that supplies defaults (default: metafor).</summary>
    public Preset Preset { get; init; } = Preset.Metafor;

    /// <summary>IV, MH or Peto.</summary>
    public PoolingMethod? Method { get; init; }

    /// <summary>Fixed or random effects.</summary>
    public EffectModel? Model { get; init; }

    /// <summary>The tau² estimator.</summary>
    public Tau2Method? Tau2Method { get; init; }

    /// <summary>Wald z or HKSJ.</summary>
    public TestMethod? Test { get; init; }

    /// <summary>Confidence level, e.g. 0.95.</summary>
    public double? Level { get; init; }

    /// <summary>The prediction interval form.</summary>
    public PredictionIntervalMethod? PredictionInterval { get; init; }

    /// <summary>I² and H² from tau² or from Q.</summary>
    public HeterogeneityBasis? HeterogeneityBasis { get; init; }

    /// <summary>The SMD variant.</summary>
    public SmdVariant? Smd { get; init; }

    /// <summary>The continuity increment for zero cells.</summary>
    public double? ZeroCellIncrement { get; init; }

    /// <summary>Which studies get the continuity increment.</summary>
    public ContinuityRule? ZeroCellRule { get; init; }

    /// <summary>Drop double-zero studies.</summary>
    public bool? DropDoubleZero { get; init; }

    /// <summary>
    /// The full options: the preset's defaults for the measure, overridden by every choice made here.
    /// </summary>
    /// <param name="measure">The measure to use when <see cref="Measure"/> is null (e.g. inferred from the data columns).</param>
    /// <exception cref="AnalysisException">When the choices cannot go together (e.g. MH pooling of an SMD).</exception>
    public AnalysisOptions Resolve(EffectMeasure measure)
    {
        var m = Measure ?? measure;
        var d = Preset.Defaults(m);
        var zc = d.EffectSizes.ZeroCells;
        var options = d with
        {
            Measure = m,
            Method = Method ?? d.Method,
            EffectSizes = new EffectSizeOptions(
                new ZeroCellCorrection(ZeroCellIncrement ?? zc.Increment, ZeroCellRule ?? zc.Rule, DropDoubleZero ?? zc.DropDoubleZero),
                Smd ?? d.EffectSizes.Smd),
            Model = d.Model with
            {
                Model = Model ?? d.Model.Model,
                Tau2Method = Tau2Method ?? d.Model.Tau2Method,
                Test = Test ?? d.Model.Test,
                Level = Level ?? d.Model.Level,
                PredictionInterval = PredictionInterval ?? d.Model.PredictionInterval,
                HeterogeneityBasis = HeterogeneityBasis ?? d.Model.HeterogeneityBasis,
            },
        };
        Check(options);
        return options;
    }

    private static void Check(AnalysisOptions o)
    {
        if (o.Method == PoolingMethod.MH && o.Measure is not (EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD))
        {
            throw new AnalysisException($"Mantel–Haenszel pooling is for RR, OR and RD; the measure is {o.Measure}. Use --method IV.");
        }

        if (o.Method == PoolingMethod.Peto && o.Measure is not (EffectMeasure.PETO or EffectMeasure.OR))
        {
            throw new AnalysisException($"Peto's method pools odds ratios (measure PETO); the measure is {o.Measure}.");
        }

        if (o.Method == PoolingMethod.Peto && o.Model.Model == EffectModel.Random)
        {
            throw new AnalysisException("Peto's method is a fixed-effect method; use --model fixed, or --method IV for random effects.");
        }

        if (!(o.Model.Level > 0 && o.Model.Level < 1))
        {
            throw new AnalysisException($"The confidence level must be between 0 and 100 percent, got {o.Model.Level * 100}.");
        }
    }
}
