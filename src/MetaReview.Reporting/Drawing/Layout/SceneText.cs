namespace MetaReview.Reporting.Drawing.Layout;

/// <summary>Finds the texts of a scene and checks that none overlaps another or leaves the page.</summary>
public static class SceneText
{
    /// <summary>Every text element, in drawing order, with its measured box.</summary>
    public static IReadOnlyList<TextBox> Boxes(Scene scene, TextMeasurer? measurer = null)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var m = measurer ?? TextMeasurer.Default;
        var boxes = new List<TextBox>();
        void Visit(IEnumerable<Element> elements)
        {
            foreach (var e in elements)
            {
                switch (e)
                {
                    case TextElement t when !string.IsNullOrWhiteSpace(t.Text):
                        boxes.Add(new TextBox(t, m.Bounds(t)));
                        break;
                    case GroupElement g:
                        Visit(g.Children);
                        break;
                }
            }
        }

        Visit(scene.Elements);
        return boxes;
    }

    /// <summary>
    /// Pairs of texts whose boxes overlap by more than <paramref name="tolerance"/> points in both
    /// directions (a sweep over the boxes sorted by left edge, so large plots stay fast).
    /// </summary>
    public static IReadOnlyList<TextOverlap> Overlaps(Scene scene, TextMeasurer? measurer = null, double tolerance = 0.01)
    {
        var boxes = Boxes(scene, measurer).OrderBy(b => b.Bounds.Left).ToList();
        var overlaps = new List<TextOverlap>();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count && boxes[j].Bounds.Left < boxes[i].Bounds.Right; j++)
            {
                if (boxes[i].Bounds.Intersects(boxes[j].Bounds, tolerance))
                {
                    overlaps.Add(new TextOverlap(boxes[i], boxes[j]));
                }
            }
        }

        return overlaps;
    }

    /// <summary>Texts that stick out of the scene.</summary>
    public static IReadOnlyList<TextBox> OutsidePage(Scene scene, TextMeasurer? measurer = null, double tolerance = 0.01)
    {
        ArgumentNullException.ThrowIfNull(scene);
        var page = new Rect(0, 0, scene.Width, scene.Height);
        return Boxes(scene, measurer).Where(b => !page.Contains(b.Bounds, tolerance)).ToList();
    }
}
