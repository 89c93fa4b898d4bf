using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// Places a label beside each point of a scatter so that no label overlaps another label or another point and
/// every label stays inside the plotting area. Positions are tried next to the point first (right, left,
/// above, below, then the diagonals), then further out with a leader line; a label with no free position is
/// left unplaced (null) rather than drawn over something. Other texts already on the plot are passed as obstacles.
/// </summary>
internal static class PointLabels
{
    private const double Gap = 1.5;
    private const int Rings = 4;
    private const double Diagonal = 0.7071067811865476;

    private static readonly (double Dx, double Dy, TextAnchor Anchor, TextBaseline Baseline)[] Directions =
    [
        (1, 0, TextAnchor.Start, TextBaseline.Middle),
        (-1, 0, TextAnchor.End, TextBaseline.Middle),
        (0, -1, TextAnchor.Middle, TextBaseline.Bottom),
        (0, 1, TextAnchor.Middle, TextBaseline.Top),
        (Diagonal, -Diagonal, TextAnchor.Start, TextBaseline.Bottom),
        (-Diagonal, -Diagonal, TextAnchor.End, TextBaseline.Bottom),
        (Diagonal, Diagonal, TextAnchor.Start, TextBaseline.Top),
        (-Diagonal, Diagonal, TextAnchor.End, TextBaseline.Top),
    ];

    public static PlacedLabel?[] Place(IReadOnlyList<string> texts, IReadOnlyList<Point> centres, IReadOnlyList<double> radii, Rect area, TextStyle style, TextMeasurer m, IReadOnlyList<Rect>? obstacles = null)
    {
        var markers = centres.Select((c, i) => Rect.FromEdges(c.X - radii[i], c.Y - radii[i], c.X + radii[i], c.Y + radii[i])).ToArray();
        var placed = new List<Rect>(obstacles ?? []);
        var result = new PlacedLabel?[texts.Count];
        var lineHeight = m.LineBoxHeight(style);
        for (var i = 0; i < texts.Count; i++)
        {
            result[i] = PlaceOne(i, texts[i], centres[i], radii[i], markers, placed, area, style, m, lineHeight);
            if (result[i] is { } label)
            {
                placed.Add(label.Box);
            }
        }

        return result;
    }

    private static PlacedLabel? PlaceOne(int index, string text, Point centre, double radius, Rect[] markers, List<Rect> placed, Rect area, TextStyle style, TextMeasurer m, double lineHeight)
    {
        for (var ring = 0; ring < Rings; ring++)
        {
            var distance = radius + Gap + ring * lineHeight;
            foreach (var (dx, dy, anchor, baseline) in Directions)
            {
                var element = new TextElement
                {
                    Text = text,
                    Position = centre.Offset(dx * distance, dy * distance),
                    Style = style,
                    Anchor = anchor,
                    Baseline = baseline,
                };
                var box = m.Bounds(element);
                if (!area.Contains(box) || placed.Any(p => p.Intersects(box, -0.5)) || markers.Where((_, j) => j != index).Any(k => k.Intersects(box)))
                {
                    continue;
                }

                if (ring == 0)
                {
                    return new PlacedLabel(element, box, null, null);
                }

                // A leader from the edge of the point's circle to the nearest point of the label's box.
                var to = new Point(Math.Clamp(centre.X, box.Left, box.Right), Math.Clamp(centre.Y, box.Top, box.Bottom));
                var length = Math.Sqrt((to.X - centre.X) * (to.X - centre.X) + (to.Y - centre.Y) * (to.Y - centre.Y));
                var from = centre.Offset((to.X - centre.X) / length * radius, (to.Y - centre.Y) / length * radius);
                return new PlacedLabel(element, box, from, to);
            }
        }

        return null;
    }
}
