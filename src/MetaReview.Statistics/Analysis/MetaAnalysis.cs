using System.Collections.Immutable;
using System.Runtime.InteropServices;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Analysis;

/// <summary>
/// Runs an analysis from study data to pooled result: effect sizes (with the zero-cell rule), then the
/// pooling method and model the options ask for.
/// </summary>
public static class MetaAnalysis
{
    /// <summary>Analyses the studies with the given options.</summary>
    /// <exception cref="ArgumentException">When study data are invalid for the measure.</exception>
    /// <exception cref="AnalysisException">When no study can enter the analysis.</exception>
    public static AnalysisResult Run(IReadOnlyList<StudyInput> studies, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(studies);
        ArgumentNullException.ThrowIfNull(options);
        var effects = EffectSizeCalculator.Compute(options.Measure, studies, options.EffectSizes);
        if (effects.K == 0)
        {
            var reasons = string.Join("; ", effects.Excluded.Select(e => $"{e.Study}: {e.Message}"));
            throw new AnalysisException(studies.Count == 0
                ? "No studies to analyse."
                : $"No study can enter the analysis ({reasons}).");
        }

        var model = Pool(studies, effects, options);
        var notes = ImmutableArray.CreateBuilder<string>();
        notes.AddRange(effects.Excluded.Select(e => $"{e.Study}: {e.Message}"));
        notes.AddRange(effects.Notes.Select(e => $"{e.Study}: {e.Message}"));
        notes.AddRange(model.Warnings);
        return new AnalysisResult
        {
            Options = options,
            Effects = effects,
            Model = model,
            BackTransformed = BackTransformed.From(options.Measure, model, HarmonicMeanN(options.Measure, studies)),
            Notes = notes.ToImmutable(),
        };
    }

    private static MetaAnalysisResult Pool(IReadOnlyList<StudyInput> studies, StudyEffects effects, AnalysisOptions options)
    {
        if (options.Method == PoolingMethod.IV)
        {
            var yi = ImmutableCollectionsMarshal.AsArray(effects.Yi)!;
            var vi = ImmutableCollectionsMarshal.AsArray(effects.Vi)!;
            return InverseVariance.Fit(ModelData.InterceptOnly(yi, vi), options.Model);
        }

        var revman = options.Preset == Preset.RevMan5.Name;
        var convention = revman ? BinaryPoolingConvention.RevMan5 : BinaryPoolingConvention.Metafor;
        MetaAnalysisResult model;
        if (options.Method == PoolingMethod.Peto)
        {
            model = Peto.Fit(studies, new PetoOptions { Convention = convention, Level = options.Model.Level });
        }
        else
        {
            var mh = new MantelHaenszelOptions { Convention = convention, Increment = options.EffectSizes.ZeroCells.Increment, Level = options.Model.Level };
            model = options.Model.Model == EffectModel.Random
                ? MantelHaenszel.RandomEffectsRevMan(options.Measure, studies, mh)
                : MantelHaenszel.Fit(options.Measure, studies, mh);
        }

        // MH and Peto weigh every input study (0 when it contributes nothing); keep the rows of the included effects.
        return model with { WeightPercent = [.. effects.InputIndices.Select(i => model.WeightPercent[i])] };
    }

    /// <summary>The harmonic mean of the study sizes, which back-transforms PFT (Miller 1978); null for other measures.</summary>
    internal static double? HarmonicMeanN(EffectMeasure measure, IReadOnlyList<StudyInput> studies)
    {
        if (measure != EffectMeasure.PFT)
        {
            return null;
        }

        double sum = 0;
        var count = 0;
        foreach (var s in studies)
        {
            if (s.Data is ProportionData p)
            {
                sum += 1 / p.N;
                count++;
            }
        }

        return count == 0 ? null : count / sum;
    }
}
