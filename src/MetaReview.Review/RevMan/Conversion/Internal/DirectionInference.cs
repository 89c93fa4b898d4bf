using MetaReview.Review.Project;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>
/// An outcome's direction from RevMan's forest plot labels: "Favours experimental" on the left (below the line of no
/// effect) means lower values are better; on the right, higher values are. RevMan does not record the direction
/// itself; when the labels do not say, RevMan's default layout (experimental on the left) is assumed.
/// </summary>
internal static class DirectionInference
{
    private static readonly string[] ExperimentalWords = ["experimental", "intervention", "treatment"];
    private static readonly string[] ControlWords = ["control", "placebo", "usual care", "comparator", "standard care"];

    public static (OutcomeDirection Direction, string Reason) From(RevManOutcome o)
    {
        var left = Side(o.GraphLabelLeft, o);
        var right = Side(o.GraphLabelRight, o);
        return (left, right) switch
        {
            (true, not true) or (null, false) => (OutcomeDirection.LowerIsBetter, ImportMessages.DirectionFromLabels("lower-is-better", o.GraphLabelLeft, o.GraphLabelRight)),
            (false, not false) or (null, true) => (OutcomeDirection.HigherIsBetter, ImportMessages.DirectionFromLabels("higher-is-better", o.GraphLabelLeft, o.GraphLabelRight)),
            _ => (OutcomeDirection.LowerIsBetter, ImportMessages.DirectionDefault(o.GraphLabelLeft, o.GraphLabelRight)),
        };
    }

    /// <summary>True when the label favours the experimental arm, false the control arm, null when it does not tell.</summary>
    private static bool? Side(string? label, RevManOutcome o)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var e = Mentions(label, ExperimentalWords, o.LabelE, o.LabelC);
        var c = Mentions(label, ControlWords, o.LabelC, o.LabelE);
        return e == c ? null : e;
    }

    private static bool Mentions(string label, string[] words, string? arm, string? otherArm) =>
        words.Any(w => label.Contains(w, StringComparison.OrdinalIgnoreCase))
        || (!string.IsNullOrWhiteSpace(arm) && !string.Equals(arm, otherArm, StringComparison.OrdinalIgnoreCase) && label.Contains(arm.Trim(), StringComparison.OrdinalIgnoreCase));
}
