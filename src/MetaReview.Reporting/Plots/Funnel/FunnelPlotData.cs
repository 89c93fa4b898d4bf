using System.Collections.Immutable;

namespace MetaReview.Reporting.Plots.Funnel;

/// <summary>
/// Everything a funnel plot shows, on the analysis scale (log for ratio measures): the studies, the pooled estimate
/// the pseudo-confidence region is centred on, studies added by trim and fill, and Egger's line. Build it with
/// <see cref="FunnelData.FromAnalysis"/> or directly; draw it with <see cref="FunnelPlot.Create"/>.
/// </summary>
public sealed record FunnelPlotData
{
    public required ImmutableArray<FunnelPoint> Studies { get; init; }

    /// <summary>The pooled estimate (analysis scale): the vertical line and the apex of the pseudo-confidence region; null for none.</summary>
    public double? Estimate { get; init; }

    /// <summary>The legend's name for <see cref="Estimate"/>, e.g. "Adjusted estimate (trim and fill)" when centred on that.</summary>
    public string EstimateLabel { get; init; } = "Pooled estimate";

    /// <summary>Studies imputed by trim and fill, drawn as open circles (metafor <c>trimfill</c>, rows with <c>fill</c>).</summary>
    public ImmutableArray<FunnelPoint> Filled { get; init; } = [];

    /// <summary>Egger's regression line, or null for none.</summary>
    public EggerLine? Egger { get; init; }

    /// <summary>True for ratio measures: the axis shows ratios on a log scale (the values stay logs).</summary>
    public bool LogScale { get; init; }

    /// <summary>The value of no effect on the analysis scale (0, also for ratios), the apex of the contours; null for none.</summary>
    public double? NullValue { get; init; }

    /// <summary>The label under the x axis, e.g. "Odds ratio (log scale)".</summary>
    public string EffectLabel { get; init; } = "Estimate";

    /// <summary>The label of the y axis, e.g. "SE(log[OR])".</summary>
    public string StandardErrorLabel { get; init; } = "Standard error";

    /// <summary>Throws on anything the plot cannot draw, naming the study and the value.</summary>
    /// <exception cref="ArgumentException">No studies, an unnamed study, a non-finite estimate or line, or a standard error ≤ 0.</exception>
    public void Validate()
    {
        if (Studies.IsDefaultOrEmpty)
        {
            throw new ArgumentException("a funnel plot needs at least one study", nameof(Studies));
        }

        Check(Studies, "study");
        Check(Filled.IsDefault ? [] : Filled, "filled study");
        if (Estimate is { } e && !double.IsFinite(e))
        {
            throw new ArgumentException(FormattableString.Invariant($"funnel plot pooled estimate: must be a finite number, got {e}"), nameof(Estimate));
        }

        if (NullValue is { } n && !double.IsFinite(n))
        {
            throw new ArgumentException(FormattableString.Invariant($"funnel plot value of no effect: must be a finite number, got {n}"), nameof(NullValue));
        }

        if (Egger is { } egger && (!double.IsFinite(egger.Intercept) || !double.IsFinite(egger.Slope)))
        {
            throw new ArgumentException(FormattableString.Invariant($"funnel plot Egger line: intercept and slope must be finite numbers, got {egger.Intercept} and {egger.Slope}"), nameof(Egger));
        }
    }

    private static void Check(ImmutableArray<FunnelPoint> points, string kind)
    {
        for (var i = 0; i < points.Length; i++)
        {
            var p = points[i];
            var where = $"funnel plot {kind} {i + 1} ('{p.Label}')";
            if (string.IsNullOrWhiteSpace(p.Label))
            {
                throw new ArgumentException(FormattableString.Invariant($"funnel plot {kind} {i + 1}: the study needs a label"), nameof(Studies));
            }

            if (!double.IsFinite(p.Yi))
            {
                throw new ArgumentException(FormattableString.Invariant($"{where}: the estimate must be a finite number, got {p.Yi}"), nameof(Studies));
            }

            if (!double.IsFinite(p.StandardError) || !(p.StandardError > 0))
            {
                throw new ArgumentException(FormattableString.Invariant($"{where}: the standard error must be a finite number > 0, got {p.StandardError}"), nameof(Studies));
            }
        }
    }
}
