using MetaReview.Review.Input.Internal;

namespace MetaReview.Review.Project.Internal;

/// <summary>"Did you mean ...?": the known name closest to what was written, when it is close enough to be a typo.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The closest candidate, compared ignoring case and treating '-', '_' and spaces alike: one whose edit
    /// distance is at most a third of its length (at least 1, at most 3) and less than the longer length, or
    /// failing that one that begins with what was written, or that what was written begins with (at least 4
    /// characters: 'publication' for 'publication_bias'); otherwise <see langword="null"/>.
    /// </summary>
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        var w = Normalise(written);
        string? best = null;
        var bestScore = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var c = Normalise(candidate);
            var distance = EditDistance.Between(w, c);
            var limit = Math.Clamp(candidate.Length / 3, 1, 3);
            // A suggestion must keep something of what was written: '5' is not a typo of 'n'.
            var score = distance <= limit && distance < Math.Max(w.Length, c.Length) ? distance
                : Math.Min(w.Length, c.Length) >= 4 && (c.StartsWith(w, StringComparison.Ordinal) || w.StartsWith(c, StringComparison.Ordinal)) ? 100 + distance
                : int.MaxValue;
            if (score < bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>"did you mean 'x'?" for the closest candidate, or <see langword="null"/>.</summary>
    public static string? DidYouMean(string written, IEnumerable<string> candidates) =>
        Closest(written, candidates) is { } c ? ReviewMessages.DidYouMean(c) : null;

    /// <summary>Lower case with '-', ' ' and '_' made the same, for comparing names and enumeration values.</summary>
    public static string Normalise(string text) =>
        text.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
}
