using System.Globalization;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Axes;
using MetaReview.Reporting.Drawing.Layout;
using MetaReview.Reporting.Plots.Charts;
using MetaReview.Reporting.Plots.RiskOfBias;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>
/// Draws a forest plot. The default layout is RevMan 5's: study, data columns, weight and the estimate as text,
/// then the graph (squares with areas proportional to the weights, confidence intervals, diamonds for pooled
/// estimates, a bar for prediction intervals), optional risk-of-bias columns, and under the table the
/// heterogeneity and test lines with the axis and the "Favours" labels. Every column is as wide as its widest
/// text (measured with the embedded font), so no text overlaps, whatever the labels; the height grows with the
/// rows. <see cref="ForestLayout.Compact"/> gives the journal (JAMA/BMJ) arrangement.
/// </summary>
public static class ForestPlot
{
    /// <exception cref="ArgumentException">The data are invalid (see <see cref="ForestPlotData.Validate"/>), an option is out of range, or the width or height is too small.</exception>
    public static Scene Create(ForestPlotData data, ForestPlotOptions? options = null, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Validate();
        var o = options ?? new ForestPlotOptions();
        Check(o);
        var m = measurer ?? TextMeasurer.Default;
        var builder = new ForestLayoutBuilder(data, o, m);
        var natural = builder.Arrange(1);
        var layout = natural;
        if (o.Height is { } height)
        {
            if (height < natural.Height - 0.01)
            {
                throw new ArgumentOutOfRangeException(nameof(options), FormattableString.Invariant($"a forest plot of {natural.LineCount} lines at {o.FontSize} pt needs a height of at least {Math.Ceiling(natural.Height)} pt, got {height}"));
            }

            layout = builder.Arrange(1 + (height - natural.Height) / natural.RowsHeight) with { Height = height };
        }

        return builder.Draw(layout);
    }

    private static void Check(ForestPlotOptions o)
    {
        if (!(o.FontSize >= 4 && o.FontSize <= 72))
        {
            throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"forest plot font size must be between 4 and 72 points, got {o.FontSize}"));
        }

        if (o.Decimals is < 0 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"forest plot decimals must be between 0 and 6, got {o.Decimals}"));
        }

        if (!(o.GraphWidth >= 40) || double.IsInfinity(o.GraphWidth))
        {
            throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"forest plot graph width must be at least 40 points, got {o.GraphWidth}"));
        }

        if (o.Width is { } w && (!(w > 0) || double.IsInfinity(w)))
        {
            throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"forest plot width must be > 0 points, got {w}"));
        }

        if (o.Height is { } h && (!(h > 0) || double.IsInfinity(h)))
        {
            throw new ArgumentOutOfRangeException(nameof(o), FormattableString.Invariant($"forest plot height must be > 0 points, got {h}"));
        }
    }
}

/// <summary>The measured and placed forest plot: column positions, line tops and the axis block.</summary>
internal sealed record ForestLayoutResult(
    double Width,
    double Height,
    double RowsHeight,
    int LineCount,
    IReadOnlyList<double> LineTops,
    IReadOnlyList<double> LineHeights,
    double TableTop,
    double AxisY,
    double BottomOfAxisBlock,
    double LegendTop);

/// <summary>Lays out and draws one forest plot; a new instance per plot.</summary>
internal sealed class ForestLayoutBuilder
{
    private const double Margin = 10;
    private const double MinGraphWidth = 100;

    private readonly ForestPlotData _data;
    private readonly ForestPlotOptions _o;
    private readonly TextMeasurer _m;
    private readonly bool _compact;
    private readonly TextStyle _text;
    private readonly TextStyle _bold;
    private readonly TextStyle _note;
    private readonly double _pitch;
    private readonly double _gap;
    private readonly List<Line> _lines = [];
    private readonly List<TextColumn> _columns = [];
    private readonly TextColumn _study;
    private readonly TextColumn? _weight;
    private readonly TextColumn _effect;
    private readonly ForestAxis _axis;
    private readonly List<RobColumn> _rob = [];
    private readonly Color _square;
    private readonly Color _diamond;
    private readonly double _maxWeight;
    private TextBlock? _title;
    private double _graphLeft;
    private double _graphWidth;
    private double _noteWidth;
    private double _width;

    public ForestLayoutBuilder(ForestPlotData data, ForestPlotOptions o, TextMeasurer m)
    {
        _data = data;
        _o = o;
        _m = m;
        _compact = o.Layout == ForestLayout.Compact;
        _text = new TextStyle(o.FontSize);
        _bold = _text.AsBold();
        _note = _compact ? _text.WithSize(o.FontSize * 0.9) : _text;
        _pitch = m.LineBoxHeight(_text) * (_compact ? 1.2 : 1.3);
        _gap = o.FontSize * (_compact ? 0.8 : 1);
        _square = o.SquareColor ?? (_compact ? Color.FromHex("#404040") : Color.FromHex("#1f4fbf"));
        _diamond = o.DiamondColor ?? Color.Black;
        _axis = ForestAxis.Choose(data, o);
        _maxWeight = data.Rows.Max(r => r.Weight ?? 0);

        _study = new TextColumn(_compact ? "Study" : "Study or Subgroup", null, TextAnchor.Start, ColumnRole.Study);
        _columns.Add(_study);
        foreach (var c in data.Columns)
        {
            var span = c.Arm switch
            {
                ForestArm.Experimental => o.ExperimentalLabel,
                ForestArm.Control => o.ControlLabel,
                _ => null,
            };
            _columns.Add(new TextColumn(c.Header, span, c.Alignment, ColumnRole.Data) { Arm = c.Arm });
        }

        var level = ForestData.LevelText(data.Overall?.Level ?? data.Groups.Select(g => g.Subtotal?.Level).FirstOrDefault(l => l is not null) ?? 0.95);
        _effect = _compact
            ? new TextColumn($"{data.EffectAbbreviation ?? data.EffectLabel} ({level} CI)", null, TextAnchor.Start, ColumnRole.Effect)
            : new TextColumn(data.MethodLabel ?? $"{level} CI", data.EffectLabel, TextAnchor.Middle, ColumnRole.Effect);
        if (o.ShowWeights && data.Rows.Any(r => r.Weight is not null))
        {
            _weight = new TextColumn(_compact ? "Weight, %" : "Weight", null, TextAnchor.End, ColumnRole.Weight);
        }

        if (!_compact)
        {
            if (_weight is not null)
            {
                _columns.Add(_weight);
            }

            _columns.Add(_effect);
        }

        if (data.RiskOfBiasTool is { } tool)
        {
            _rob.AddRange(tool.Domains.Select((d, i) => new RobColumn(d.Code, i)));
            if (data.Rows.Any(r => r.RiskOfBias?.Overall is not null))
            {
                _rob.Add(new RobColumn("Overall", -1));
            }
        }

        BuildLines();
    }

    private enum ColumnRole
    {
        Study,
        Data,
        Weight,
        Effect,
    }

    private enum LineKind
    {
        GroupHeader,
        Study,
        Summary,
        Prediction,
        Text,
        Note,
        Spacer,
    }

    /// <summary>Measures the columns, places them and the lines; <paramref name="stretch"/> scales the row heights.</summary>
    public ForestLayoutResult Arrange(double stretch)
    {
        MeasureColumns();
        var tops = new double[_lines.Count];
        var heights = new double[_lines.Count];
        var y = Margin;
        if (_title is not null)
        {
            y += _title.Height + _o.FontSize;
        }

        var headerHeight = 2 * _m.LineBoxHeight(_bold) + 4;
        var tableTop = y + headerHeight + 3;
        y = tableTop;
        double rows = 0;
        double lastGraph = tableTop;
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var h = LineHeight(line) * stretch;
            tops[i] = y;
            heights[i] = h;
            y += h;
            rows += h;
            if (line.Kind is LineKind.Study or LineKind.Summary or LineKind.Prediction)
            {
                lastGraph = y;
            }
        }

        var tableBottom = y;
        var axisY = lastGraph + _o.FontSize * 0.4;
        var axisBottom = AxisBlockHeight() + axisY;
        var bottom = Math.Max(tableBottom, axisBottom);
        var legendTop = bottom + _o.FontSize * 1.2;
        if (_data.RiskOfBiasTool is { } tool)
        {
            bottom = legendTop + RobLegendHeight(tool);
        }

        return new ForestLayoutResult(_width, bottom + Margin, rows, _lines.Count, tops, heights, tableTop, axisY, axisBottom, legendTop);
    }

    public Scene Draw(ForestLayoutResult layout)
    {
        var canvas = new Canvas(layout.Width, layout.Height, _m);
        _title?.Draw(canvas, Margin, Margin);
        DrawHeaders(canvas, layout.TableTop);
        var rule = new Stroke(Color.FromHex("#a6a6a6"), 0.5);
        if (_compact)
        {
            canvas.Line(Margin, layout.TableTop - 1.5, _width - Margin, layout.TableTop - 1.5, rule);
        }

        var graphTop = layout.TableTop;
        var scale = Scale();
        DrawReferenceLines(canvas, scale, graphTop, layout.AxisY);
        var rowNumber = 0;
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var top = layout.LineTops[i];
            var h = layout.LineHeights[i];
            var cy = top + h / 2;
            switch (line.Kind)
            {
                case LineKind.Study:
                    rowNumber++;
                    using (canvas.Group(_o.IdPrefix + "-study-" + rowNumber.ToString(CultureInfo.InvariantCulture), Describe(line)))
                    {
                        DrawCells(canvas, line, top, h);
                        DrawStudyMarker(canvas, scale, line.Row!, cy);
                        DrawRob(canvas, line.Row!, cy);
                    }

                    break;
                case LineKind.Summary:
                    using (canvas.Group(title: Describe(line)))
                    {
                        DrawCells(canvas, line, top, h);
                        DrawDiamond(canvas, scale, line.Summary!, cy, h);
                    }

                    break;
                case LineKind.Prediction:
                    using (canvas.Group(title: Describe(line)))
                    {
                        DrawCells(canvas, line, top, h);
                        DrawPrediction(canvas, scale, line.Summary!, cy, h);
                    }

                    break;
                case LineKind.Note:
                    line.Block!.Draw(canvas, Margin, top + (h - line.Block.Height) / 2);
                    break;
                case LineKind.Spacer:
                    break;
                default:
                    DrawCells(canvas, line, top, h);
                    break;
            }
        }

        DrawAxis(canvas, scale, layout.AxisY);
        if (_data.RiskOfBiasTool is { } tool)
        {
            DrawRobLegend(canvas, tool, layout.LegendTop);
        }

        var k = _data.Rows.Count();
        var overall = _data.Overall is { } s ? $"; pooled {_data.EffectLabel.ToLowerInvariant()} {EffectText(s.Estimate, s.CiLower, s.CiUpper)}" : string.Empty;
        return canvas.ToScene(
            $"Forest plot: {_data.EffectLabel}{(_data.MethodLabel is null ? string.Empty : " (" + _data.MethodLabel + ")")}",
            $"{k} {(k == 1 ? "row" : "rows")}{(_data.Groups.Length > 1 ? $" in {_data.Groups.Length} subgroups" : string.Empty)}{overall}.",
            _o.IdPrefix);
    }

    private void BuildLines()
    {
        var summaryLabel = _compact ? "Subtotal" : "Subtotal ({0} CI)";
        var totalLabel = _compact ? "Overall" : "Total ({0} CI)";
        foreach (var group in _data.Groups)
        {
            if (group.Header is { } header)
            {
                _lines.Add(new Line(LineKind.GroupHeader, header, _bold));
            }

            foreach (var row in Sorted(group.Rows))
            {
                _lines.Add(new Line(LineKind.Study, row.Label, _text)
                {
                    Row = row,
                    Cells = row.Cells,
                    Weight = row.Weight is { } w ? WeightText(w) : null,
                    Effect = row.IsEstimable ? EffectText(row.Estimate!.Value, row.CiLower!.Value, row.CiUpper!.Value) : "Not estimable",
                });
            }

            if (group.Subtotal is { } subtotal)
            {
                AddSummary(subtotal, summaryLabel);
            }

            if (group.Header is not null && _data.Groups.Length > 1)
            {
                _lines.Add(new Line(LineKind.Spacer, string.Empty, _text));
            }
        }

        if (_data.Overall is { } overall)
        {
            AddSummary(overall, totalLabel);
        }

        if (_data.SubgroupDifferences is { } d)
        {
            _lines.Add(Note(_compact
                ? $"Test for subgroup differences: Q = {NumberText.Fixed(d.Q, 2)}, df = {d.Df}, P {NumberText.JamaP(d.PValue)}"
                : $"Test for subgroup differences: Chi² = {NumberText.Fixed(d.Q, 2)}, df = {d.Df} (P {NumberText.RevManP(d.PValue)}), I² = {NumberText.Percent(d.I2, d.I2 < 0.05 ? 0 : 1)}"));
        }

    }

    private void AddSummary(ForestSummary s, string defaultLabel)
    {
        var label = s.Label ?? string.Format(CultureInfo.InvariantCulture, defaultLabel, ForestData.LevelText(s.Level));
        _lines.Add(new Line(LineKind.Summary, label, _bold)
        {
            Summary = s,
            Cells = s.Cells,
            CellStyle = _bold,
            Weight = s.Weight is { } w ? WeightText(w) : null,
            Effect = EffectText(s.Estimate, s.CiLower, s.CiUpper),
        });
        if (_o.ShowPredictionInterval && s.HasPredictionInterval)
        {
            _lines.Add(new Line(LineKind.Prediction, "Prediction interval", _text)
            {
                Summary = s,
                Effect = IntervalText(s.PredictionLower!.Value, s.PredictionUpper!.Value),
            });
        }

        foreach (var t in s.TextRows)
        {
            _lines.Add(new Line(LineKind.Text, t.Label, _text) { Cells = t.Cells });
        }

        if (s.Heterogeneity is { } het)
        {
            _lines.Add(Note(HeterogeneityText(het)));
        }

        if (s.Test is { } test)
        {
            _lines.Add(Note(TestText(test)));
        }
    }

    private Line Note(string text) => new(LineKind.Note, text, _note);

    private string HeterogeneityText(HeterogeneityStatistics h)
    {
        if (h.Df <= 0)
        {
            return "Heterogeneity: Not applicable";
        }

        if (_compact)
        {
            var tau = h.Tau2 is { } t ? $"τ² = {NumberText.Fixed(t, 2)}; " : string.Empty;
            return $"Heterogeneity: {tau}I² = {NumberText.Percent(h.I2)}; Q = {NumberText.Fixed(h.Q, 2)}, df = {h.Df}, P {NumberText.JamaP(h.PValue)}";
        }

        var tau2 = h.Tau2 is { } tau2Value ? $"Tau² = {NumberText.Fixed(tau2Value, 2)}; " : string.Empty;
        return $"Heterogeneity: {tau2}Chi² = {NumberText.Fixed(h.Q, 2)}, df = {h.Df} (P {NumberText.RevManP(h.PValue)}); I² = {NumberText.Percent(h.I2)}";
    }

    private string TestText(EffectTest t)
    {
        var statistic = NumberText.Fixed(Math.Abs(t.Statistic), 2);
        if (_compact)
        {
            return t.Df is { } df
                ? $"Test for overall effect: t = {statistic}, df = {NumberText.Plain(df)}, P {NumberText.JamaP(t.PValue)}"
                : $"Test for overall effect: z = {statistic}, P {NumberText.JamaP(t.PValue)}";
        }

        return t.Df is { } d
            ? $"Test for overall effect: t = {statistic}, df = {NumberText.Plain(d)} (P {NumberText.RevManP(t.PValue)})"
            : $"Test for overall effect: Z = {statistic} (P {NumberText.RevManP(t.PValue)})";
    }

    private string EffectText(double estimate, double lower, double upper)
    {
        var e = NumberText.Fixed(estimate, _o.Decimals);
        return _compact ? $"{e} ({NumberText.Fixed(lower, _o.Decimals)} to {NumberText.Fixed(upper, _o.Decimals)})" : $"{e} {IntervalText(lower, upper)}";
    }

    private string IntervalText(double lower, double upper) => _compact
        ? $"{NumberText.Fixed(lower, _o.Decimals)} to {NumberText.Fixed(upper, _o.Decimals)}"
        : $"[{NumberText.Fixed(lower, _o.Decimals)}, {NumberText.Fixed(upper, _o.Decimals)}]";

    private string WeightText(double weight) => NumberText.Fixed(weight, 1) + (_compact ? string.Empty : "%");

    private IEnumerable<ForestRow> Sorted(IEnumerable<ForestRow> rows) => _o.Sort switch
    {
        ForestSort.Weight => rows.OrderByDescending(r => r.Weight ?? double.NegativeInfinity),
        ForestSort.Effect => rows.OrderBy(r => r.IsEstimable ? 0 : 1).ThenBy(r => r.Estimate ?? 0),
        ForestSort.Year => rows.OrderBy(r => r.Year is null ? 1 : 0).ThenBy(r => r.Year ?? 0).ThenBy(r => r.Label, StringComparer.OrdinalIgnoreCase),
        ForestSort.Label => rows.OrderBy(r => r.Label, StringComparer.OrdinalIgnoreCase),
        _ => rows,
    };

    /// <summary>Column widths and x positions, the graph width, the page width and the wrapped texts.</summary>
    private void MeasureColumns()
    {
        if (_width > 0)
        {
            return;
        }

        // Every text column as wide as its widest header or cell; the study column capped (labels wrap beyond).
        foreach (var c in _columns.Append(_compact ? _effect : null).Append(_compact ? _weight : null).OfType<TextColumn>())
        {
            c.Width = _m.Width(c.Header, _bold);
            foreach (var line in _lines.Where(l => l.Kind is not (LineKind.Note or LineKind.Spacer)))
            {
                var text = Cell(line, c);
                if (!string.IsNullOrEmpty(text))
                {
                    var style = c.Role == ColumnRole.Study ? line.LabelStyle : line.CellStyle;
                    c.Width = Math.Max(c.Width, c.Role == ColumnRole.Study && line.Kind == LineKind.Study ? Math.Min(_m.Width(text, style), StudyCap()) : _m.Width(text, style));
                }
            }
        }

        // Span headers ("Experimental", the measure over its column, "Risk of bias") widen the columns under them.
        foreach (var span in Spans())
        {
            var under = span.Columns.Sum(c => c.Width) + (span.Columns.Count - 1) * _gap;
            var need = _m.Width(span.Text, _bold);
            if (need > under)
            {
                foreach (var c in span.Columns)
                {
                    c.Width += (need - under) / span.Columns.Count;
                }
            }
        }

        var robCell = 2 * RobRadius() + 4;
        foreach (var r in _rob)
        {
            r.Width = Math.Max(robCell, _m.Width(r.Header, _bold) + 4);
        }

        var robSpan = _rob.Count == 0 ? 0 : Math.Max(_rob.Sum(r => r.Width), _m.Width("Risk of bias", _bold));
        if (_rob.Count > 0 && robSpan > _rob.Sum(r => r.Width))
        {
            var extra = (robSpan - _rob.Sum(r => r.Width)) / _rob.Count;
            _rob.ForEach(r => r.Width += extra);
        }

        var leftColumns = _columns.Sum(c => c.Width) + (_columns.Count - 1) * _gap + ArmGaps();
        var rightColumns = _compact ? _effect.Width + _gap + (_weight is null ? 0 : _weight.Width + _gap) : 0;
        var robWidth = _rob.Count == 0 ? 0 : robSpan + _gap;
        var notes = _lines.Where(l => l.Kind == LineKind.Note).Select(l => _m.Width(l.Label, l.LabelStyle)).DefaultIfEmpty(0).Max();
        var fixedWidth = 2 * Margin + _gap + rightColumns + robWidth;

        // Notes share their rows' height with the axis labels, whose outer halves stick out of the graph.
        var tickOverhang = _axis.Ticks.Select(t => _m.Width(_axis.Label(t), _text) / 2).DefaultIfEmpty(0).Max();
        var overhang = Math.Max(0, tickOverhang - _gap + 1);

        if (_o.Width is { } imposed)
        {
            var graph = imposed - fixedWidth - leftColumns;
            var minGraph = MinGraph();
            if (graph < minGraph)
            {
                // Give the graph its minimum by wrapping the study labels.
                var studyNeed = _m.Width(_study.Header, _bold);
                var shrink = Math.Min(minGraph - graph, _study.Width - Math.Max(studyNeed, 6 * _o.FontSize));
                if (shrink > 0)
                {
                    _study.Width -= shrink;
                    leftColumns -= shrink;
                    graph += shrink;
                }

                if (graph < minGraph - 0.01)
                {
                    throw new ArgumentOutOfRangeException(nameof(_o), FormattableString.Invariant($"a forest plot {imposed} pt wide leaves {graph:0.#} pt for the graph; it needs at least {Math.Ceiling(imposed + minGraph - graph)} pt at {_o.FontSize} pt text"));
                }
            }

            _graphWidth = graph;
            _width = imposed;
        }
        else
        {
            // Room for the notes left of the graph, within reason: longer notes wrap.
            var noteRoom = Math.Min(notes, 45 * _o.FontSize) + overhang;
            if (noteRoom > leftColumns)
            {
                _study.Width += noteRoom - leftColumns;
                leftColumns = noteRoom;
            }

            _graphWidth = Math.Max(Math.Max(_o.GraphWidth, MinGraph()), FavoursGraphWidth());
            _width = fixedWidth + leftColumns + _graphWidth;
        }

        // Place the columns.
        var x = Margin;
        ForestArm? previous = null;
        foreach (var c in _columns)
        {
            if (previous is not null && c.Arm != previous && previous != ForestArm.None)
            {
                x += ArmGap();
            }

            c.Left = x;
            x += c.Width + _gap;
            previous = c.Role == ColumnRole.Data ? c.Arm : null;
        }

        _graphLeft = Margin + leftColumns + _gap;

        _noteWidth = leftColumns - overhang;
        x = _graphLeft + _graphWidth + _gap;
        if (_compact)
        {
            _effect.Left = x;
            x += _effect.Width + _gap;
            if (_weight is not null)
            {
                _weight.Left = x;
                x += _weight.Width + _gap;
            }
        }

        foreach (var r in _rob)
        {
            r.Left = x;
            x += r.Width;
        }

        // Wrap what must wrap now that the widths are known.
        foreach (var line in _lines)
        {
            if (line.Kind == LineKind.Note)
            {
                line.Block = TextBlock.Create([new TextParagraph(line.Label, line.LabelStyle)], _noteWidth, _m);
            }
            else if (line.Kind is not LineKind.Spacer)
            {
                line.Block = TextBlock.Create([new TextParagraph(line.Label, line.LabelStyle)], _study.Width + 0.01, _m);
            }
        }

        if (_o.Title is { } title)
        {
            _title = TextBlock.Create([new TextParagraph(title, _bold.WithSize(_o.FontSize * 1.25))], _width - 2 * Margin, _m);
        }
    }

    /// <summary>The graph is at least as wide as its header and wide enough to read.</summary>
    private double MinGraph() => _compact
        ? MinGraphWidth
        : Math.Max(MinGraphWidth, Math.Max(_m.Width(_data.EffectLabel, _bold), _m.Width(_effect.Header, _bold)) + 4);

    /// <summary>Room for each "Favours" label on one line beside the line of no effect.</summary>
    private double FavoursGraphWidth() => _data.NullValue is null ? 0 :
        2 * (new[] { _o.FavoursLeft, _o.FavoursRight }.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => _m.Width(t!, _text)).DefaultIfEmpty(0).Max() + 6);

    private double StudyCap() => _o.Width is null ? Math.Max(30 * _o.FontSize, _m.Width(_study.Header, _bold)) : double.MaxValue;

    private double ArmGap() => _gap * 0.75;

    private double ArmGaps()
    {
        var gaps = 0;
        ForestArm? previous = null;
        foreach (var c in _columns)
        {
            if (previous is not null && c.Arm != previous && previous != ForestArm.None)
            {
                gaps++;
            }

            previous = c.Role == ColumnRole.Data ? c.Arm : null;
        }

        return gaps * ArmGap();
    }

    private IEnumerable<(string Text, List<TextColumn> Columns)> Spans()
    {
        foreach (var arm in new[] { ForestArm.Experimental, ForestArm.Control })
        {
            var under = _columns.Where(c => c.Role == ColumnRole.Data && c.Arm == arm).ToList();
            if (under.Count > 0)
            {
                yield return (under[0].Span!, under);
            }
        }

        if (_effect.Span is { } effectSpan)
        {
            yield return (effectSpan, [_effect]);
        }
    }

    private double LineHeight(Line line)
    {
        if (line.Kind == LineKind.Spacer)
        {
            return _pitch * 0.5;
        }

        var textHeight = line.Block?.Height ?? _m.LineBoxHeight(line.LabelStyle);
        return line.Kind == LineKind.Note
            ? Math.Max(_pitch * (_compact ? 1 : 1.05), textHeight + 3)
            : Math.Max(_pitch, textHeight + (_pitch - _m.LineBoxHeight(_text)));
    }

    private double AxisBlockHeight()
    {
        var labels = _m.LineBoxHeight(_text) + 6;
        var (left, right) = FavoursBlocks();
        var favours = Math.Max(left?.Height ?? 0, right?.Height ?? 0);
        var xlabel = XLabelBlock()?.Height ?? 0;
        return labels + (favours > 0 ? favours + 3 : 0) + (xlabel > 0 ? xlabel + 3 : 0);
    }

    private (TextBlock? Left, TextBlock? Right) FavoursBlocks()
    {
        if (_data.NullValue is null)
        {
            // Without a line of no effect (proportions) neither side favours anything.
            return (null, null);
        }

        var (leftWidth, rightWidth, _) = FavoursGeometry();
        TextBlock? Block(string? text, double width) =>
            string.IsNullOrWhiteSpace(text) ? null : TextBlock.Create([new TextParagraph(text, _text)], Math.Max(width, 2 * _o.FontSize), _m, 1.15);
        return (Block(_o.FavoursLeft, leftWidth), Block(_o.FavoursRight, rightWidth));
    }

    /// <summary>How wide each "Favours" label may be, and whether they sit at the line of no effect or at the graph's edges.</summary>
    private (double Left, double Right, bool AtNull) FavoursGeometry()
    {
        var scale = Scale();
        if (_data.NullValue is { } n && n > _axis.Min && n < _axis.Max)
        {
            var x = scale.Map(n);
            var left = x - _graphLeft - 4;
            var right = _graphLeft + _graphWidth - x - 4;
            if (left >= 4 * _o.FontSize && right >= 4 * _o.FontSize)
            {
                return (left, right, true);
            }
        }

        return (_graphWidth / 2 - 4, _graphWidth / 2 - 4, false);
    }

    private TextBlock? XLabelBlock() =>
        string.IsNullOrWhiteSpace(_o.XLabel) ? null : TextBlock.Create([new TextParagraph(_o.XLabel, _text)], _graphWidth, _m);

    private Scale Scale() => _axis.Log
        ? Drawing.Axes.Scale.Log(_axis.Min, _axis.Max, _graphLeft, _graphLeft + _graphWidth)
        : Drawing.Axes.Scale.Linear(_axis.Min, _axis.Max, _graphLeft, _graphLeft + _graphWidth);

    private string? Cell(Line line, TextColumn c) => c.Role switch
    {
        ColumnRole.Study => line.Kind is LineKind.Note or LineKind.Spacer ? null : line.Label,
        ColumnRole.Weight => line.Weight,
        ColumnRole.Effect => line.Effect,
        _ => DataCell(line, c),
    };

    private string? DataCell(Line line, TextColumn c)
    {
        var index = _columns.Where(x => x.Role == ColumnRole.Data).ToList().IndexOf(c);
        return !line.Cells.IsDefault && index >= 0 && index < line.Cells.Length ? line.Cells[index] : null;
    }

    private void DrawHeaders(Canvas canvas, double tableTop)
    {
        using var _ = canvas.Group(_o.IdPrefix + "-header");
        var lineHeight = _m.LineBoxHeight(_bold);
        var second = tableTop - 3 - lineHeight / 2 - 2;
        var first = second - lineHeight - 1;
        foreach (var c in _columns.Append(_compact ? _effect : null).Append(_compact ? _weight : null).OfType<TextColumn>())
        {
            canvas.Text(c.Header, c.AnchorX, second, _bold, c.Alignment, TextBaseline.Middle);
        }

        foreach (var (text, columns) in Spans())
        {
            var left = columns[0].Left;
            var right = columns[^1].Left + columns[^1].Width;
            canvas.Text(text, (left + right) / 2, first, _bold, TextAnchor.Middle, TextBaseline.Middle);
            if (columns.Count > 1 || columns[0].Role == ColumnRole.Data)
            {
                canvas.Line(left, first + lineHeight / 2 + 0.5, right, first + lineHeight / 2 + 0.5, new Stroke(Color.FromHex("#7f7f7f"), 0.5));
            }
        }

        // The graph's header: the measure and the method (RevMan), centred over the graph.
        var centre = _graphLeft + _graphWidth / 2;
        if (!_compact)
        {
            canvas.Text(_data.EffectLabel, centre, first, _bold, TextAnchor.Middle, TextBaseline.Middle);
            canvas.Text(_effect.Header, centre, second, _bold, TextAnchor.Middle, TextBaseline.Middle);
        }

        if (_rob.Count > 0)
        {
            var left = _rob[0].Left;
            var right = _rob[^1].Left + _rob[^1].Width;
            canvas.Text("Risk of bias", (left + right) / 2, first, _bold, TextAnchor.Middle, TextBaseline.Middle);
            foreach (var r in _rob)
            {
                canvas.Text(r.Header, r.Left + r.Width / 2, second, _bold, TextAnchor.Middle, TextBaseline.Middle);
            }
        }
    }

    private void DrawCells(Canvas canvas, Line line, double top, double height)
    {
        var cy = top + height / 2;
        if (line.Block is { } block)
        {
            block.Draw(canvas, _study.Left, cy - block.Height / 2);
        }

        foreach (var c in _columns.Append(_compact ? _effect : null).Append(_compact ? _weight : null).OfType<TextColumn>())
        {
            if (c.Role == ColumnRole.Study)
            {
                continue;
            }

            var text = Cell(line, c);
            if (!string.IsNullOrEmpty(text))
            {
                canvas.Text(text, c.AnchorX, cy, line.CellStyle, c.Alignment, TextBaseline.Middle);
            }
        }
    }

    private void DrawReferenceLines(Canvas canvas, Scale scale, double top, double bottom)
    {
        if (_data.NullValue is { } n && scale.Contains(n))
        {
            var x = scale.Map(n);
            canvas.Line(x, top, x, bottom, new Stroke(_o.LineColor, 0.6));
        }

        if (_data.ReferenceValue is { } r && scale.Contains(r))
        {
            var x = scale.Map(r);
            canvas.Line(x, top, x, bottom, new Stroke(Color.FromHex("#7f7f7f"), 0.6).Dashed(3, 2));
        }
    }

    private void DrawStudyMarker(Canvas canvas, Scale scale, ForestRow row, double cy)
    {
        if (!row.IsEstimable)
        {
            return;
        }

        DrawInterval(canvas, scale, row.CiLower!.Value, row.CiUpper!.Value, cy, new Stroke(_o.LineColor, 0.75), _o.LineColor);
        var estimate = row.Estimate!.Value;
        if (!scale.Contains(estimate))
        {
            return;
        }

        var maxSide = _pitch * 0.8;
        var side = row.Weight is { } w && _maxWeight > 0
            ? Math.Max(maxSide * Math.Sqrt(w / _maxWeight), Math.Max(1.5, _o.FontSize * 0.22))
            : _o.FontSize * 0.55;
        var x = scale.Map(estimate);
        canvas.Rectangle(new Rect(x - side / 2, cy - side / 2, side, side), _square);
    }

    /// <summary>A horizontal interval clipped to the axis, with an arrowhead at each end that runs beyond it.</summary>
    private void DrawInterval(Canvas canvas, Scale scale, double lower, double upper, double cy, Stroke stroke, Color arrowColor)
    {
        var left = _graphLeft;
        var right = _graphLeft + _graphWidth;
        var arrow = _o.FontSize * 0.5;
        var half = _o.FontSize * 0.28;
        var x1 = lower <= _axis.Min ? left : scale.Map(lower);
        var x2 = upper >= _axis.Max ? right : scale.Map(upper);
        if (upper <= _axis.Min)
        {
            (x1, x2) = (left, left + arrow * 1.5);
        }
        else if (lower >= _axis.Max)
        {
            (x1, x2) = (right - arrow * 1.5, right);
        }

        var clippedLeft = lower < _axis.Min;
        var clippedRight = upper > _axis.Max;
        var lineStart = clippedLeft ? x1 + arrow : x1;
        var lineEnd = clippedRight ? x2 - arrow : x2;
        if (lineEnd > lineStart)
        {
            canvas.Line(lineStart, cy, lineEnd, cy, stroke);
        }

        if (clippedLeft)
        {
            Geometry.Arrowhead(canvas, x1, cy, pointsRight: false, arrow, half, arrowColor);
        }

        if (clippedRight)
        {
            Geometry.Arrowhead(canvas, x2, cy, pointsRight: true, arrow, half, arrowColor);
        }
    }

    private void DrawDiamond(Canvas canvas, Scale scale, ForestSummary s, double cy, double height)
    {
        var half = Math.Min(_pitch, height) * 0.4;
        Point At(double value, double y) => new(Math.Clamp(Map(scale, value), _graphLeft - 1e4, _graphLeft + _graphWidth + 1e4), y);
        var diamond = new[] { At(s.CiLower, cy), At(s.Estimate, cy - half), At(s.CiUpper, cy), At(s.Estimate, cy + half) };
        var clipped = Geometry.ClipPolygon(diamond, Rect.FromEdges(_graphLeft, cy - half - 1, _graphLeft + _graphWidth, cy + half + 1));
        if (clipped.Count > 0)
        {
            canvas.Polygon(clipped, _diamond);
        }

        if (s.CiLower < _axis.Min)
        {
            Geometry.Arrowhead(canvas, _graphLeft, cy, pointsRight: false, _o.FontSize * 0.5, _o.FontSize * 0.28, _diamond);
        }

        if (s.CiUpper > _axis.Max)
        {
            Geometry.Arrowhead(canvas, _graphLeft + _graphWidth, cy, pointsRight: true, _o.FontSize * 0.5, _o.FontSize * 0.28, _diamond);
        }
    }

    private void DrawPrediction(Canvas canvas, Scale scale, ForestSummary s, double cy, double height)
    {
        var stroke = new Stroke(_o.PredictionColor, Math.Min(_pitch, height) * 0.25);
        DrawInterval(canvas, scale, s.PredictionLower!.Value, s.PredictionUpper!.Value, cy, stroke, _o.PredictionColor);
    }

    private double Map(Scale scale, double value) =>
        _axis.Log && value <= 0 ? double.NegativeInfinity : scale.Map(value);

    private void DrawAxis(Canvas canvas, Scale scale, double y)
    {
        using var _ = canvas.Group(_o.IdPrefix + "-axis");
        var ticks = _axis.Ticks.Select(t => new Tick(t, _axis.Label(t))).ToList();
        var axis = new Axis(scale, [.. ticks]);
        var style = new AxisStyle(_text, new Stroke(_o.LineColor, 0.6)) { TickLength = 3, LabelGap = 1.5 };
        var bottom = AxisPainter.DrawHorizontal(canvas, axis, y, style);
        var (leftBlock, rightBlock) = FavoursBlocks();
        var (_, _, atNull) = FavoursGeometry();
        var top = bottom + 3;
        if (atNull)
        {
            var x = scale.Map(_data.NullValue!.Value);
            leftBlock?.Draw(canvas, x - 4, top, TextAnchor.End);
            rightBlock?.Draw(canvas, x + 4, top);
        }
        else
        {
            leftBlock?.Draw(canvas, _graphLeft, top);
            rightBlock?.Draw(canvas, _graphLeft + _graphWidth, top, TextAnchor.End);
        }

        var favours = Math.Max(leftBlock?.Height ?? 0, rightBlock?.Height ?? 0);
        XLabelBlock()?.Draw(canvas, _graphLeft + _graphWidth / 2, top + (favours > 0 ? favours + 3 : 0), TextAnchor.Middle);
    }

    private double RobRadius() => _o.FontSize * 0.55;

    private void DrawRob(Canvas canvas, ForestRow row, double cy)
    {
        if (_rob.Count == 0 || row.RiskOfBias is not { } judgements || _data.RiskOfBiasTool is not { } tool)
        {
            return;
        }

        foreach (var c in _rob)
        {
            Judgement? j = c.Domain < 0 ? judgements.Overall : c.Domain < judgements.Domains.Length ? judgements.Domains[c.Domain] : null;
            if (j is not { } judgement)
            {
                continue;
            }

            var style = _o.RiskOfBiasPalette[judgement];
            var domain = c.Domain < 0 ? "Overall" : tool.Domains[c.Domain].Code + " " + tool.Domains[c.Domain].Name;
            using (canvas.Group(title: $"{row.Label}, {domain}: {style.Label}"))
            {
                JudgementMarker.Circle(canvas, c.Left + c.Width / 2, cy, RobRadius(), style);
            }
        }
    }

    private List<Judgement> RobJudgements(RiskOfBiasTool tool) =>
        [.. tool.AllJudgements.Where(j => _data.Rows.Any(r => r.RiskOfBias is { } s && (s.Domains.Contains(j) || s.Overall == j)))];

    private RiskOfBiasOptions RobLegendOptions() => new() { FontSize = _o.FontSize, Palette = _o.RiskOfBiasPalette, IdPrefix = _o.IdPrefix + "-rob" };

    private double RobLegendHeight(RiskOfBiasTool tool)
    {
        var judgements = RobJudgements(tool);
        return judgements.Count == 0 ? 0 : RiskOfBiasLegend.Measure(tool, judgements, true, _width - 2 * Margin, RobLegendOptions(), _m);
    }

    private void DrawRobLegend(Canvas canvas, RiskOfBiasTool tool, double top)
    {
        var judgements = RobJudgements(tool);
        if (judgements.Count > 0)
        {
            RiskOfBiasLegend.Draw(canvas, tool, judgements, true, Margin, top, _width - 2 * Margin, RobLegendOptions());
        }
    }

    private string Describe(Line line)
    {
        var parts = new List<string> { line.Label };
        if (line.Effect is not null)
        {
            parts.Add($"{_data.EffectLabel} {line.Effect}");
        }

        if (line.Weight is not null)
        {
            parts.Add("weight " + line.Weight + (_compact ? "%" : string.Empty));
        }

        return string.Join(", ", parts);
    }

    private sealed class TextColumn(string header, string? span, TextAnchor alignment, ColumnRole role)
    {
        public string Header { get; } = header;

        public string? Span { get; } = span;

        public TextAnchor Alignment { get; } = alignment;

        public ColumnRole Role { get; } = role;

        public ForestArm Arm { get; init; }

        public double Width { get; set; }

        public double Left { get; set; }

        public double AnchorX => Alignment switch
        {
            TextAnchor.Start => Left,
            TextAnchor.Middle => Left + Width / 2,
            _ => Left + Width,
        };
    }

    private sealed class RobColumn(string header, int domain)
    {
        public string Header { get; } = header;

        /// <summary>The domain's index in the tool, or −1 for the overall judgement.</summary>
        public int Domain { get; } = domain;

        public double Width { get; set; }

        public double Left { get; set; }
    }

    private sealed class Line(LineKind kind, string label, TextStyle labelStyle)
    {
        public LineKind Kind { get; } = kind;

        public string Label { get; } = label;

        public TextStyle LabelStyle { get; } = labelStyle;

        public TextStyle CellStyle { get; init; } = new(labelStyle.Size);

        public System.Collections.Immutable.ImmutableArray<string?> Cells { get; init; } = [];

        public string? Weight { get; init; }

        public string? Effect { get; init; }

        public ForestRow? Row { get; init; }

        public ForestSummary? Summary { get; init; }

        public TextBlock? Block { get; set; }
    }
}
