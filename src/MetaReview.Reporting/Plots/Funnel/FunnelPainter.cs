using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Axes;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Plots.Charts;

namespace MetaReview.Reporting.Plots.Funnel;

/// <summary>Lays out and draws one funnel plot; values stay on the analysis scale, mapped affinely to the page.</summary>
internal sealed class FunnelPainter
{
    private const double Margin = 10;
    private const double MinPlotSize = 80;

    private readonly FunnelPlotData _data;
    private readonly FunnelPlotOptions _o;
    private readonly TextMeasurer _m;
    private readonly TextStyle _text;
    private readonly double _line;
    private readonly double _z;
    private readonly ImmutableArray<double> _contourLevels;
    private readonly double _seMax;
    private readonly ImmutableArray<double> _seTicks;
    private readonly double _xMin;
    private readonly double _xMax;
    private readonly ImmutableArray<double> _xTicks;

    public FunnelPainter(FunnelPlotData data, FunnelPlotOptions o, TextMeasurer m)
    {
        _data = data;
        _o = o;
        _m = m;
        _text = new TextStyle(o.FontSize);
        _line = m.LineBoxHeight(_text);
        _z = Normal.InvCDF(0, 1, 1 - (1 - o.Level) / 2);

        // Contours from the largest p (innermost) to the smallest (outermost).
        _contourLevels = o.ContourEnhanced ? [.. o.ContourLevels.OrderDescending()] : [];
        var points = data.Studies.Concat(data.Filled.IsDefault ? [] : data.Filled).ToList();
        _seTicks = NiceTicks.Linear(0, points.Max(p => p.StandardError), 5, extend: true);
        _seMax = _seTicks[^1];

        var xs = points.Select(p => p.Yi).ToList();
        if (data.Estimate is { } e)
        {
            xs.Add(e);
            if (o.ShowPseudoConfidenceRegion)
            {
                xs.AddRange([e - _z * _seMax, e + _z * _seMax]);
            }
        }

        if (_contourLevels.Length > 0)
        {
            var widest = ContourZ(_contourLevels[^1]);
            xs.AddRange([data.NullValue!.Value - widest * _seMax, data.NullValue.Value + widest * _seMax]);
        }

        var lo = xs.Min();
        var hi = xs.Max();
        if (hi - lo < 1e-9)
        {
            (lo, hi) = (lo - 0.5, hi + 0.5);
        }

        // The data's range with a little room, as metafor's funnel(): nice ticks inside it, no widening to the next tick.
        var pad = 0.04 * (hi - lo);
        _xMin = lo - pad;
        _xMax = hi + pad;
        _xTicks = data.LogScale
            ? [.. NiceTicks.Log(Math.Exp(_xMin), Math.Exp(_xMax), 7, extend: false).Select(Math.Log)]
            : NiceTicks.Linear(_xMin, _xMax, 7, extend: false);
    }

    public Scene Draw()
    {
        var title = _o.Title is { } t ? TextBlock.Create([new TextParagraph(t, _text.AsBold().WithSize(_o.FontSize * 1.2))], _o.Width - 2 * Margin, _m) : null;
        var yLabel = _o.YLabel ?? _data.StandardErrorLabel;
        var xLabel = _o.XLabel ?? _data.EffectLabel;
        var yTicks = _seTicks.Select(v => new Tick(v, Label(v))).ToImmutableArray();
        var xTicks = _xTicks.Select(v => new Tick(_data.LogScale ? Math.Exp(v) : v, Label(_data.LogScale ? Math.Exp(v) : v))).ToImmutableArray();
        var yLabelsWidth = yTicks.Select(k => _m.Width(k.Label, _text)).Max();
        var halfFirst = _m.Width(xTicks[0].Label, _text) / 2;
        var halfLast = _m.Width(xTicks[^1].Label, _text) / 2;

        var plotLeft = Math.Max(Margin + (string.IsNullOrWhiteSpace(yLabel) ? 0 : _line + 4) + yLabelsWidth + 2 + 3, Margin + halfFirst);
        var plotRight = _o.Width - Margin - halfLast;
        var plotWidth = plotRight - plotLeft;
        if (plotWidth < MinPlotSize)
        {
            throw new ArgumentOutOfRangeException(nameof(_o), FormattableString.Invariant($"a funnel plot {_o.Width.ToString(CultureInfo.InvariantCulture)} pt wide leaves {plotWidth:0.#} pt for the plot; it needs at least {Math.Ceiling(_o.Width + MinPlotSize - plotWidth).ToString(CultureInfo.InvariantCulture)} pt at {_o.FontSize.ToString(CultureInfo.InvariantCulture)} pt text"));
        }

        var xLabelBlock = string.IsNullOrWhiteSpace(xLabel) ? null : TextBlock.Create([new TextParagraph(xLabel, _text)], plotWidth, _m);
        var legend = _o.ShowLegend ? LegendItems() : [];
        var legendLayout = LayoutLegend(legend, plotLeft, _o.Width - Margin);

        var plotTop = Margin + (title is null ? 0 : title.Height + _o.FontSize * 0.8) + _line / 2;
        var tickGap = Math.Max(1.5, _line / 2 - 2);
        var below = 3 + tickGap + _line + (xLabelBlock is null ? 0 : 3 + xLabelBlock.Height) + (legendLayout.Height > 0 ? _o.FontSize + legendLayout.Height : 0);
        var plotHeight = _o.Height is { } h ? h - plotTop - below - Margin : plotWidth * 0.8;
        if (plotHeight < MinPlotSize)
        {
            throw new ArgumentOutOfRangeException(nameof(_o), FormattableString.Invariant($"a funnel plot {(_o.Height ?? 0).ToString(CultureInfo.InvariantCulture)} pt high leaves {plotHeight:0.#} pt for the plot; it needs at least {Math.Ceiling((_o.Height ?? 0) + MinPlotSize - plotHeight).ToString(CultureInfo.InvariantCulture)} pt at {_o.FontSize.ToString(CultureInfo.InvariantCulture)} pt text"));
        }

        var plot = new Rect(plotLeft, plotTop, plotWidth, plotHeight);
        var height = _o.Height ?? plot.Bottom + below + Margin;
        var canvas = new Canvas(_o.Width, height, _m);
        title?.Draw(canvas, Margin, Margin);

        var map = new Mapping(plot, _xMin, _xMax, _seMax);
        if (_contourLevels.Length > 0)
        {
            DrawContours(canvas, map);
        }

        canvas.Rectangle(plot, null, new Stroke(Color.FromHex("#7f7f7f"), 0.6));
        DrawReferenceLines(canvas, map);
        DrawPoints(canvas, map);

        using (canvas.Group(_o.IdPrefix + "-axes"))
        {
            var axisStroke = new Stroke(Color.Black, 0.6);
            var xScale = _data.LogScale
                ? Scale.Log(Math.Exp(_xMin), Math.Exp(_xMax), plot.Left, plot.Right)
                : Scale.Linear(_xMin, _xMax, plot.Left, plot.Right);
            var bottom = AxisPainter.DrawHorizontal(canvas, new Axis(xScale, xTicks), plot.Bottom, new AxisStyle(_text, axisStroke) { TickLength = 3, LabelGap = tickGap });
            xLabelBlock?.Draw(canvas, plot.Left + plot.Width / 2, bottom + 3, TextAnchor.Middle);
            VerticalAxis.DrawLeft(canvas, new Axis(Scale.Linear(0, _seMax, plot.Top, plot.Bottom), yTicks), plot.Left, new AxisStyle(_text, axisStroke) { TickLength = 3, LabelGap = 2 });
            if (!string.IsNullOrWhiteSpace(yLabel))
            {
                canvas.Text(yLabel, Margin + _line / 2, plot.Top + plot.Height / 2, _text, TextAnchor.Middle, TextBaseline.Middle, rotation: -90);
            }
        }

        if (legendLayout.Height > 0)
        {
            DrawLegend(canvas, legend, legendLayout, height - Margin - legendLayout.Height);
        }

        var k = _data.Studies.Length;
        var filled = _data.Filled.IsDefaultOrEmpty ? string.Empty : $"; {_data.Filled.Length} filled by trim and fill";
        return canvas.ToScene(
            $"Funnel plot: {xLabel}",
            $"{k} {(k == 1 ? "study" : "studies")}{filled}{(_data.Egger is null ? string.Empty : "; Egger's regression line")}{(_contourLevels.Length > 0 ? "; contour-enhanced" : string.Empty)}.",
            _o.IdPrefix);
    }

    private static double ContourZ(double p) => Normal.InvCDF(0, 1, 1 - p / 2);

    private static string Label(double v) => NumberText.WithMinus(NiceTicks.Format(v));

    private static string PText(double p) => p.ToString(p >= 0.01 ? "0.00" : "0.00##", CultureInfo.InvariantCulture);

    /// <summary>Greys from light (the band next to p ≥ the largest level, left white) to darker for smaller p.</summary>
    private Color Shade(int band)
    {
        var n = _contourLevels.Length;
        var lightness = 0.89 - (0.89 - 0.62) * band / Math.Max(1, n - 1);
        var v = (byte)Math.Round(255 * lightness);
        return new Color(v, v, v);
    }

    private void DrawContours(Canvas canvas, Mapping map)
    {
        using var _ = canvas.Group(_o.IdPrefix + "-contours");
        var n = _contourLevels.Length;
        canvas.Rectangle(map.Plot, Shade(n - 1));
        var apex = map.X(_data.NullValue!.Value);
        for (var i = n - 1; i >= 0; i--)
        {
            var z = ContourZ(_contourLevels[i]);
            var fill = i == 0 ? Color.White : Shade(i - 1);
            var triangle = new[]
            {
                new Point(apex, map.Plot.Top),
                new Point(map.X(_data.NullValue.Value + z * _seMax), map.Plot.Bottom),
                new Point(map.X(_data.NullValue.Value - z * _seMax), map.Plot.Bottom),
            };
            var clipped = Geometry.ClipPolygon(triangle, map.Plot);
            if (clipped.Count > 0)
            {
                canvas.Polygon(clipped, fill);
            }
        }
    }

    private void DrawReferenceLines(Canvas canvas, Mapping map)
    {
        if (_contourLevels.Length > 0 && _data.NullValue is { } n)
        {
            Segment(canvas, map, n, 0, n, _seMax, new Stroke(Color.FromHex("#7f7f7f"), 0.6).Dashed(1, 1.5));
        }

        if (_data.Estimate is { } e)
        {
            Segment(canvas, map, e, 0, e, _seMax, new Stroke(Color.Black, 0.75));
            if (_o.ShowPseudoConfidenceRegion)
            {
                var dashed = new Stroke(Color.Black, 0.75).Dashed(4, 2.5);
                Segment(canvas, map, e, 0, e - _z * _seMax, _seMax, dashed);
                Segment(canvas, map, e, 0, e + _z * _seMax, _seMax, dashed);
            }
        }

        if (_data.Egger is { } egger)
        {
            using var _ = canvas.Group(_o.IdPrefix + "-egger", $"Egger's regression line: intercept {NumberText.Fixed(egger.Intercept, 3)}, slope {NumberText.Fixed(egger.Slope, 3)}");
            Segment(canvas, map, egger.Intercept, 0, egger.Intercept + egger.Slope * _seMax, _seMax, EggerStroke());
        }
    }

    private Stroke EggerStroke() => new Stroke(_o.EggerColor, 1.2).Dashed(6, 2, 1.5, 2);

    private static void Segment(Canvas canvas, Mapping map, double x1, double se1, double x2, double se2, Stroke stroke)
    {
        if (Geometry.ClipSegment(new Point(map.X(x1), map.Y(se1)), new Point(map.X(x2), map.Y(se2)), map.Plot) is { } s)
        {
            canvas.Line(s.From.X, s.From.Y, s.To.X, s.To.Y, stroke);
        }
    }

    private double Radius() => _o.FontSize * 0.32;

    private void DrawPoints(Canvas canvas, Mapping map)
    {
        var r = Radius();
        using (canvas.Group(_o.IdPrefix + "-studies"))
        {
            foreach (var p in _data.Studies)
            {
                using (canvas.Group(title: Describe(p, string.Empty)))
                {
                    canvas.Circle(map.X(p.Yi), map.Y(p.StandardError), r, _o.PointColor, new Stroke(Color.White, 0.4));
                }
            }
        }

        if (_data.Filled.IsDefaultOrEmpty)
        {
            return;
        }

        using (canvas.Group(_o.IdPrefix + "-filled"))
        {
            foreach (var p in _data.Filled)
            {
                using (canvas.Group(title: Describe(p, " (trim and fill)")))
                {
                    canvas.Circle(map.X(p.Yi), map.Y(p.StandardError), r, Color.White, new Stroke(_o.PointColor, 0.8));
                }
            }
        }
    }

    private string Describe(FunnelPoint p, string kind)
    {
        var estimate = _data.LogScale ? $"{NumberText.Fixed(Math.Exp(p.Yi), 2)} (log {NumberText.Fixed(p.Yi, 3)})" : NumberText.Fixed(p.Yi, 3);
        return $"{p.Label}{kind}: {_data.EffectLabel} {estimate}, SE {NumberText.Fixed(p.StandardError, 3)}";
    }

    private List<LegendItem> LegendItems()
    {
        var items = new List<LegendItem> { new(LegendSymbol.Point, "Study") };
        if (!_data.Filled.IsDefaultOrEmpty)
        {
            items.Add(new(LegendSymbol.OpenPoint, "Filled by trim and fill"));
        }

        if (_data.Estimate is not null)
        {
            items.Add(new(LegendSymbol.Line, _data.EstimateLabel));
            if (_o.ShowPseudoConfidenceRegion)
            {
                items.Add(new(LegendSymbol.DashedLine, $"Pseudo {(_o.Level * 100).ToString("0.##", CultureInfo.InvariantCulture)}% confidence limits"));
            }
        }

        if (_data.Egger is not null)
        {
            items.Add(new(LegendSymbol.EggerLine, "Egger's regression line"));
        }

        var n = _contourLevels.Length;
        for (var i = 0; i <= n && n > 0; i++)
        {
            var text = i == 0
                ? $"p ≥ {PText(_contourLevels[0])}"
                : i == n ? $"p < {PText(_contourLevels[n - 1])}" : $"{PText(_contourLevels[i])} ≤ p < {PText(_contourLevels[i - 1])}";
            items.Add(new(LegendSymbol.Swatch, text) { Fill = i == 0 ? Color.White : Shade(i - 1) });
        }

        return items;
    }

    private (double Height, List<(double X, double Y)> Positions) LayoutLegend(List<LegendItem> items, double left, double right)
    {
        var positions = new List<(double X, double Y)>();
        if (items.Count == 0)
        {
            return (0, positions);
        }

        var row = _line + 4;
        double x = left, y = 0;
        foreach (var item in items)
        {
            var width = SymbolWidth + 4 + _m.Width(item.Text, _text);
            if (x > left && x + width > right)
            {
                x = left;
                y += row;
            }

            positions.Add((x, y));
            x += width + _o.FontSize * 1.4;
        }

        return (y + row, positions);
    }

    private double SymbolWidth => _o.FontSize * 1.6;

    private void DrawLegend(Canvas canvas, List<LegendItem> items, (double Height, List<(double X, double Y)> Positions) layout, double top)
    {
        using var _ = canvas.Group(_o.IdPrefix + "-legend");
        for (var i = 0; i < items.Count; i++)
        {
            var (x, dy) = layout.Positions[i];
            var cy = top + dy + (_line + 4) / 2;
            var cx = x + SymbolWidth / 2;
            var item = items[i];
            switch (item.Symbol)
            {
                case LegendSymbol.Point:
                    canvas.Circle(cx, cy, Radius(), _o.PointColor);
                    break;
                case LegendSymbol.OpenPoint:
                    canvas.Circle(cx, cy, Radius(), Color.White, new Stroke(_o.PointColor, 0.8));
                    break;
                case LegendSymbol.Line:
                    canvas.Line(x, cy, x + SymbolWidth, cy, new Stroke(Color.Black, 0.75));
                    break;
                case LegendSymbol.DashedLine:
                    canvas.Line(x, cy, x + SymbolWidth, cy, new Stroke(Color.Black, 0.75).Dashed(4, 2.5));
                    break;
                case LegendSymbol.EggerLine:
                    canvas.Line(x, cy, x + SymbolWidth, cy, EggerStroke());
                    break;
                default:
                    canvas.Rectangle(new Rect(x + SymbolWidth / 2 - _line / 2, cy - _line / 2 + 1, _line, _line - 2), item.Fill, new Stroke(Color.FromHex("#7f7f7f"), 0.5));
                    break;
            }

            canvas.Text(item.Text, x + SymbolWidth + 4, cy, _text, TextAnchor.Start, TextBaseline.Middle);
        }
    }

    private enum LegendSymbol
    {
        Point,
        OpenPoint,
        Line,
        DashedLine,
        EggerLine,
        Swatch,
    }

    private sealed record LegendItem(LegendSymbol Symbol, string Text)
    {
        public Color? Fill { get; init; }
    }

    /// <summary>Analysis-scale estimate and standard error to page coordinates (affine in both; SE grows downwards).</summary>
    private sealed record Mapping(Rect Plot, double XMin, double XMax, double SeMax)
    {
        public double X(double value) => Plot.Left + (value - XMin) / (XMax - XMin) * Plot.Width;

        public double Y(double se) => Plot.Top + se / SeMax * Plot.Height;
    }
}
