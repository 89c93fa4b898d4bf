namespace MetaReview.Records.Deduplication;

/// <summary>
/// How alike two folded titles are, from 0 to 1: one minus the Levenshtein distance over the longer
/// length. Only similarities at or above a minimum are computed exactly; below it an upper bound is
/// returned, found cheaply from lengths and shared character pairs, so that the many clearly different
/// titles that share a block cost little. A title that is the other with words added (a subtitle) counts
/// as <see cref="ExtendedTitle"/>.
/// </summary>
internal static class TitleSimilarity
{
    /// <summary>Similarity given to "Title" against "Title: subtitle" (at least five words in common).</summary>
    public const double ExtendedTitle = 0.9;

    private const int StackLimit = 512;

    public static double Of(string a, string b, double minimum, out bool extended)
    {
        extended = false;
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        if (longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length] == ' ' && shorter.Count(c => c == ' ') >= 4)
        {
            var plain = (double)shorter.Length / longer.Length;
            extended = plain < ExtendedTitle;
            return Math.Max(plain, ExtendedTitle);
        }

        var maxDistance = (int)Math.Floor((1 - minimum) * longer.Length);
        var lengthBound = (double)shorter.Length / longer.Length;
        if (longer.Length - shorter.Length > maxDistance)
        {
            return lengthBound;
        }

        // Each edit changes at most two adjacent character pairs of the shorter string, so a distance
        // within reach needs this many pairs in common (Ukkonen 1992, q-gram lemma).
        if (SharedPairs(shorter, longer) < shorter.Length - 1 - (2 * maxDistance))
        {
            return Math.Min(lengthBound, minimum - 1e-9);
        }

        var distance = Distance(shorter, longer, maxDistance);
        return distance > maxDistance ? Math.Min(lengthBound, minimum - 1e-9) : 1 - ((double)distance / longer.Length);
    }

    /// <summary>Levenshtein distance of two strings, or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Distance(string s, string t, int max)
    {
        if (s.Length > t.Length)
        {
            (s, t) = (t, s);
        }

        var n = s.Length;
        var m = t.Length;
        if (m - n > max)
        {
            return max + 1;
        }

        Span<int> previous = m < StackLimit ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> current = m < StackLimit ? stackalloc int[m + 1] : new int[m + 1];
        for (var j = 0; j <= m; j++)
        {
            previous[j] = j;
        }

        var outside = max + 1;
        for (var i = 1; i <= n; i++)
        {
            var from = Math.Max(1, i - max);
            var to = Math.Min(m, i + max);
            current[0] = i;
            if (from > 1)
            {
                current[from - 1] = outside;
            }

            var rowMin = outside;
            var si = s[i - 1];
            for (var j = from; j <= to; j++)
            {
                var value = previous[j - 1] + (si == t[j - 1] ? 0 : 1);
                var up = previous[j] + 1;
                if (up < value)
                {
                    value = up;
                }

                var left = current[j - 1] + 1;
                if (left < value)
                {
                    value = left;
                }

                current[j] = value;
                if (value < rowMin)
                {
                    rowMin = value;
                }
            }

            if (to < m)
            {
                current[to + 1] = outside;
            }

            if (rowMin > max)
            {
                return outside;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return Math.Min(previous[m], outside);
    }

    /// <summary>How many adjacent character pairs of <paramref name="s"/> also occur in <paramref name="t"/> (as multisets; characters hashed into 64 classes, which can only overcount).</summary>
    private static int SharedPairs(string s, string t)
    {
        Span<ushort> counts = stackalloc ushort[64 * 64];
        counts.Clear();
        for (var i = 0; i + 1 < t.Length; i++)
        {
            ref var slot = ref counts[(Class(t[i]) * 64) + Class(t[i + 1])];
            if (slot < ushort.MaxValue)
            {
                slot++;
            }
        }

        var shared = 0;
        for (var i = 0; i + 1 < s.Length; i++)
        {
            ref var slot = ref counts[(Class(s[i]) * 64) + Class(s[i + 1])];
            if (slot > 0)
            {
                slot--;
                shared++;
            }
        }

        return shared;
    }

    /// <summary>Letters a-z, digits and space get their own class; any other character shares one by its code.</summary>
    private static int Class(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= '0' and <= '9' => 26 + (c - '0'),
        ' ' => 36,
        _ => 37 + (c % 27),
    };
}
