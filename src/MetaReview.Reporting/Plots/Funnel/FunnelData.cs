using System.Globalization;
using MetaReview.Reporting.Plots.Forest;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Plots.Funnel;

/// <summary>Builds <see cref="FunnelPlotData"/> from an analysis: the studies that entered it and its pooled estimate.</summary>
public static class FunnelData
{
    /// <summary>
    /// A funnel plot of an analysis: one point per included study at (yi, √vi) on the analysis scale, centred on the
    /// pooled estimate (metafor <c>funnel(res)</c>).
    /// </summary>
    /// <param name="result">The analysis (<see cref="MetaAnalysis.Run"/>).</param>
    /// <param name="filled">
    /// Studies imputed by trim and fill as (yi, vi) pairs on the analysis scale (metafor
    /// <c>trimfill(res)</c>: <c>yi[fill]</c>, <c>vi[fill]</c>); null or empty for none. To centre the funnel on the
    /// adjusted estimate, as metafor's <c>funnel(trimfill(res))</c> does, set <see cref="FunnelPlotData.Estimate"/>.
    /// </param>
    /// <param name="egger">Egger's regression line, or null for none.</param>
    /// <exception cref="ArgumentException">A filled study with a variance that is not a finite number &gt; 0.</exception>
    public static FunnelPlotData FromAnalysis(AnalysisResult result, IReadOnlyList<(double Yi, double Vi)>? filled = null, EggerLine? egger = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var effects = result.Effects;
        var measure = result.Measure;
        var studies = Enumerable.Range(0, effects.K).Select(i => new FunnelPoint(effects.Studies[i], effects.Yi[i], Math.Sqrt(effects.Vi[i])));
        var imputed = (filled ?? []).Select((f, i) =>
        {
            if (!double.IsFinite(f.Vi) || !(f.Vi > 0))
            {
                throw new ArgumentException(FormattableString.Invariant($"filled study {i + 1}: the variance must be a finite number > 0, got {f.Vi.ToString(CultureInfo.InvariantCulture)}"), nameof(filled));
            }

            return new FunnelPoint($"Filled study {i + 1}", f.Yi, Math.Sqrt(f.Vi));
        });
        var (x, se) = Labels(measure);
        return new FunnelPlotData
        {
            Studies = [.. studies],
            Filled = [.. imputed],
            Estimate = result.Model.Estimate,
            Egger = egger,
            LogScale = measure.IsRatio(),
            NullValue = measure.NullValue() ?? (measure is EffectMeasure.COR or EffectMeasure.ZCOR ? 0 : null),
            EffectLabel = x,
            StandardErrorLabel = se,
        };
    }

    /// <summary>The axis labels of a measure, RevMan's for ratios ("Odds Ratio", "SE(log[OR])").</summary>
    internal static (string X, string Se) Labels(EffectMeasure measure) => measure switch
    {
        EffectMeasure.ZCOR => ("Fisher's z", "SE(z)"),
        EffectMeasure.PLO => ("Log odds", "SE(log odds)"),
        EffectMeasure.PAS => ("Arcsine-transformed proportion", "Standard error"),
        EffectMeasure.PFT => ("Freeman–Tukey-transformed proportion", "Standard error"),
        EffectMeasure.GEN => ("Estimate", "Standard error"),
        _ when measure.IsRatio() => (ForestData.EffectLabel(measure), $"SE(log[{ForestData.EffectAbbreviation(measure)}])"),
        _ => (ForestData.EffectLabel(measure), $"SE({ForestData.EffectAbbreviation(measure)})"),
    };
}
