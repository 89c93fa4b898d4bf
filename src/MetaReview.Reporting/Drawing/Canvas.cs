using System.Collections.Immutable;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Drawing;

/// <summary>
/// Builds a <see cref="Scene"/>: a mutable list of elements, drawn in the order added, with nested
/// groups. Not thread-safe; the scene it produces is immutable.
/// </summary>
public sealed class Canvas
{
    private readonly Stack<OpenGroup> _groups = new();
    private readonly ImmutableArray<Element>.Builder _root = ImmutableArray.CreateBuilder<Element>();

    public Canvas(double width, double height, TextMeasurer? measurer = null)
    {
        // Validates the size the same way the scene will.
        _ = new Scene(width, height);
        Width = width;
        Height = height;
        Measurer = measurer ?? TextMeasurer.Default;
    }

    public double Width { get; }

    public double Height { get; }

    public TextMeasurer Measurer { get; }

    public Canvas Add(Element element)
    {
        ArgumentNullException.ThrowIfNull(element);
        (_groups.Count > 0 ? _groups.Peek().Children : _root).Add(element);
        return this;
    }

    public Canvas Line(double x1, double y1, double x2, double y2, Stroke stroke) =>
        Add(new LineElement { From = new Point(x1, y1), To = new Point(x2, y2), Stroke = stroke });

    public Canvas Polyline(IEnumerable<Point> points, Stroke stroke) =>
        Add(new PolylineElement { Points = [.. points], Stroke = stroke });

    public Canvas Rectangle(Rect bounds, Color? fill, Stroke? stroke = null, double cornerRadius = 0) =>
        Add(new RectangleElement { Bounds = bounds, Fill = fill, Stroke = stroke, CornerRadius = cornerRadius });

    public Canvas Polygon(IEnumerable<Point> points, Color? fill, Stroke? stroke = null) =>
        Add(new PolygonElement { Points = [.. points], Fill = fill, Stroke = stroke });

    /// <summary>A diamond (the pooled-estimate symbol of a forest plot): left and right tips at y = <paramref name="cy"/>, centre at <paramref name="cx"/>.</summary>
    public Canvas Diamond(double left, double cx, double right, double cy, double halfHeight, Color? fill, Stroke? stroke = null) =>
        Polygon([new Point(left, cy), new Point(cx, cy - halfHeight), new Point(right, cy), new Point(cx, cy + halfHeight)], fill, stroke);

    public Canvas Circle(double cx, double cy, double radius, Color? fill, Stroke? stroke = null) =>
        Add(new CircleElement { Center = new Point(cx, cy), Radius = radius, Fill = fill, Stroke = stroke });

    public Canvas Path(PathBuilder path, Color? fill, Stroke? stroke = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Add(new PathElement { Segments = path.ToSegments(), Fill = fill, Stroke = stroke });
    }

    public Canvas Text(
        string text,
        double x,
        double y,
        TextStyle style,
        TextAnchor anchor = TextAnchor.Start,
        TextBaseline baseline = TextBaseline.Alphabetic,
        double rotation = 0) =>
        Add(new TextElement
        {
            Text = text,
            Position = new Point(x, y),
            Style = style,
            Anchor = anchor,
            Baseline = baseline,
            Rotation = rotation,
        });

    /// <summary>Opens a group; everything added until the returned scope is disposed goes into it.</summary>
    public IDisposable Group(string? id = null, string? title = null, string? description = null)
    {
        var group = new OpenGroup(id, title, description);
        _groups.Push(group);
        return new GroupScope(this, group);
    }

    /// <summary>The scene drawn so far. Fails while a group is still open.</summary>
    public Scene ToScene(string? title = null, string? description = null, string idPrefix = "figure", Color? background = null)
    {
        if (_groups.Count > 0)
        {
            throw new InvalidOperationException($"{_groups.Count} group(s) still open: dispose the scopes Group() returned before ToScene()");
        }

        return new Scene(Width, Height)
        {
            Title = title,
            Description = description,
            IdPrefix = idPrefix,
            Background = background ?? Color.White,
            Elements = _root.ToImmutable(),
        };
    }

    private void Close(OpenGroup group)
    {
        if (_groups.Count == 0 || !ReferenceEquals(_groups.Peek(), group))
        {
            throw new InvalidOperationException("groups must be closed in the reverse order they were opened");
        }

        _groups.Pop();
        Add(new GroupElement { Id = group.Id, Title = group.Title, Description = group.Description, Children = group.Children.ToImmutable() });
    }

    private sealed record OpenGroup(string? Id, string? Title, string? Description)
    {
        public ImmutableArray<Element>.Builder Children { get; } = ImmutableArray.CreateBuilder<Element>();
    }

    private sealed class GroupScope(Canvas canvas, OpenGroup group) : IDisposable
    {
        private bool _closed;

        public void Dispose()
        {
            if (!_closed)
            {
                _closed = true;
                canvas.Close(group);
            }
        }
    }
}
