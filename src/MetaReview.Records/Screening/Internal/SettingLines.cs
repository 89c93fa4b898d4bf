namespace MetaReview.Records.Screening.Internal;

/// <summary>The lines that matter in the small hand-written files of a review folder (keywords, criteria, settings).</summary>
internal static class SettingLines
{
    /// <summary>Each line that is neither blank nor a <c>#</c> comment, trimmed (and without a byte-order mark), with its 1-based number.</summary>
    public static IEnumerable<(int Number, string Text)> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                yield return (i + 1, line);
            }
        }
    }

    /// <summary>The text before the first colon, lower case ("" without a colon), and the text after it.</summary>
    public static (string Name, string Value) Split(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? ("", line) : (line[..colon].Trim().ToLowerInvariant(), line[(colon + 1)..].Trim());
    }
}
