using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Analysis;

/// <summary>A complete analysis: the settings used, the study effect sizes, the pooled model and every note.</summary>
public sealed record AnalysisResult
{
    /// <summary>The settings actually used (preset defaults merged with the user's choices).</summary>
    public required AnalysisOptions Options { get; init; }

    /// <summary>The study effect sizes that entered the model, with exclusions and adjustments.</summary>
    public required StudyEffects Effects { get; init; }

    /// <summary>The pooled model.</summary>
    public required MetaAnalysisResult Model { get; init; }

    /// <summary>The pooled result on the reporting scale, for transformed measures.</summary>
    public BackTransformed? BackTransformed { get; init; }

    /// <summary>
    /// Notes for the reader: effect-size adjustments and exclusions per study, then the model's warnings.
    /// </summary>
    public ImmutableArray<string> Notes { get; init; } = [];

    /// <summary>The effect measure.</summary>
    public EffectMeasure Measure => Options.Measure;

    /// <summary>
    /// The pooled estimate's standard error without the HKSJ scaling: √(1 / Σ 1/(vᵢ + tau²)) for an HKSJ model (tau² = 0
    /// for a fixed-effect one), otherwise <see cref="MetaAnalysisResult.StandardError"/>. RevMan's test for subgroup
    /// differences weights each subgroup by 1 / this².
    /// </summary>
    public double WaldStandardError
    {
        get
        {
            if (Model.Test != TestMethod.Knha)
            {
                return Model.StandardError;
            }

            var tau2 = Model.Model == EffectModel.Random ? Model.Tau2 : 0;
            return Math.Sqrt(1 / Effects.Vi.Sum(v => 1 / (v + tau2)));
        }
    }
}
