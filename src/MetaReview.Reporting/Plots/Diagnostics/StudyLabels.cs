using System.Globalization;
using MetaReview.Reporting.Drawing;
using MetaReview.Reporting.Drawing.Layout;

namespace MetaReview.Reporting.Plots.Diagnostics;

/// <summary>
/// The labels of a scatter's points: the study names when every one finds a free place, else the study
/// numbers (with a <see cref="StudyKey"/> under the plot naming them).
/// </summary>
internal sealed record StudyLabels(IReadOnlyList<PlacedLabel?> Placed, bool Numbered)
{
    public static StudyLabels Place(IReadOnlyList<string> names, IReadOnlyList<Point> centres, IReadOnlyList<double> radii, Rect area, TextStyle style, TextMeasurer m, IReadOnlyList<Rect>? obstacles = null)
    {
        var byName = PointLabels.Place(names, centres, radii, area, style, m, obstacles);
        if (byName.All(p => p is not null))
        {
            return new StudyLabels(byName, false);
        }

        var numbers = names.Select((_, i) => (i + 1).ToString(CultureInfo.InvariantCulture)).ToList();
        return new StudyLabels(PointLabels.Place(numbers, centres, radii, area, style, m, obstacles), true);
    }

    public void Draw(Canvas canvas, string id)
    {
        using var group = canvas.Group(id, Numbered ? "Study numbers" : "Study labels");
        var leader = new Stroke(Color.FromHex("#737373"), 0.5);
        foreach (var label in Placed)
        {
            if (label is null)
            {
                continue;
            }

            if (label.LeaderFrom is { } from && label.LeaderTo is { } to)
            {
                canvas.Line(from.X, from.Y, to.X, to.Y, leader);
            }

            canvas.Add(label.Text);
        }
    }
}
