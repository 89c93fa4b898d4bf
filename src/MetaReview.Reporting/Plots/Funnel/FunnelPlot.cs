using System.Globalization;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Funnel;

/// <summary>
/// Draws a funnel plot: each study's estimate against its standard error, the standard error increasing downwards
/// (Sterne JAC, Egger M. J Clin Epidemiol 2001;54:1046–55), with the pooled estimate, the pseudo-95% confidence
/// region estimate ± 1.96·SE, optional contours of statistical significance around the value of no effect (Peters et
/// al. 2008), studies imputed by trim and fill as open circles (Duval S, Tweedie R. Biometrics 2000;56:455–63) and
/// Egger's regression line. Ratio measures are plotted as logs on an axis labelled with ratios (RevMan, metafor
/// <c>funnel(res, atransf = exp)</c>).
/// </summary>
public static class FunnelPlot
{
    /// <exception cref="ArgumentException">
    /// The data are invalid (see <see cref="FunnelPlotData.Validate"/>), contours are asked for without a value of no
    /// effect, an option is out of range, or the size leaves too little room for the plot.
    /// </exception>
    public static Scene Create(FunnelPlotData data, FunnelPlotOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Validate();
        var o = options ?? new FunnelPlotOptions();
        Check(data, o);
        return new FunnelPainter(data, o, measurer ?? TextMeasurer.Default).Draw();
    }

    private static void Check(FunnelPlotData data, FunnelPlotOptions o)
    {
        if (!(o.FontSize >= 4 && o.FontSize <= 72))
        {
            throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"funnel plot font size must be between 4 and 72 points, got {o.FontSize.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (!(o.Level > 0 && o.Level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"funnel plot level must be between 0 and 1, got {o.Level.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (!double.IsFinite(o.Width) || !(o.Width > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"funnel plot width must be > 0 points, got {o.Width.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (o.Height is { } h && (!double.IsFinite(h) || !(h > 0)))
        {
            throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"funnel plot height must be > 0 points, got {h.ToString(CultureInfo.InvariantCulture)}"));
        }

        if (o.ContourEnhanced)
        {
            if (data.NullValue is null)
            {
                throw new ArgumentException("a contour-enhanced funnel plot needs a value of no effect (FunnelPlotData.NullValue); proportions have none", nameof(data));
            }

            if (o.ContourLevels.IsDefaultOrEmpty || o.ContourLevels.Any(p => !(p > 0 && p < 1)) || o.ContourLevels.Distinct().Count() != o.ContourLevels.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"funnel plot contour levels must be distinct p-values between 0 and 1, got [{string.Join(", ", o.ContourLevels.IsDefault ? [] : o.ContourLevels.Select(p => p.ToString(CultureInfo.InvariantCulture)))}]"));
            }
        }
    }
}
