namespace MetaReview.Records.Deduplication;

/// <summary>
/// Chooses what to compare, so that the work grows with the number of records rather than its square:
/// records sharing a normalised identifier (identifier blocks); records with the same folded title (title
/// groups); and title groups sharing a title key — the first three or the last three significant words,
/// so that a changed word at one end or a dropped subtitle still meets (title blocks). A title block with
/// more groups than the limit is compared in a sliding window over its sorted titles.
/// </summary>
internal sealed class Blocking
{
    private const int SignificantWords = 3;

    private static readonly HashSet<string> StopWords =
        ["a", "an", "the", "of", "in", "and", "on", "for", "to", "with", "by", "at", "from", "as", "or", "is", "de", "la", "le", "et", "der", "die", "und"];

    private Blocking(List<int[]> identifierBlocks, List<int[]> titleGroups, List<string> groupTitles, List<int[]> titleBlocks)
    {
        IdentifierBlocks = identifierBlocks;
        TitleGroups = titleGroups;
        GroupTitles = groupTitles;
        TitleBlocks = titleBlocks;
    }

    /// <summary>Records sharing an identifier, one block per identifier value (ordered by value), members ascending.</summary>
    public List<int[]> IdentifierBlocks { get; }

    /// <summary>Records with the same folded title, one group per title (ordered by first record), members ascending.</summary>
    public List<int[]> TitleGroups { get; }

    /// <summary>The folded title of each group.</summary>
    public List<string> GroupTitles { get; }

    /// <summary>Title groups sharing a title key (ordered by key), as group indices ascending.</summary>
    public List<int[]> TitleBlocks { get; }

    /// <summary>Blocks over the records at <paramref name="indices"/> (ascending).</summary>
    public static Blocking Build(IReadOnlyList<Record> records, IReadOnlyList<MatchKey> keys, IEnumerable<int> indices)
    {
        var ids = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<List<int>>();
        var titles = new List<string>();
        foreach (var i in indices)
        {
            var r = records[i];
            AddTo(ids, "doi:", r.Doi, i);
            AddTo(ids, "pmid:", r.Pmid, i);
            AddTo(ids, "pmcid:", r.Pmcid, i);
            AddTo(ids, "wos:", r.WosUt, i);
            AddTo(ids, "eid:", r.ScopusEid, i);
            var title = keys[i].Title;
            if (title.Length == 0)
            {
                continue;
            }

            if (!groupOf.TryGetValue(title, out var g))
            {
                groupOf[title] = g = groups.Count;
                groups.Add([]);
                titles.Add(title);
            }

            groups[g].Add(i);
        }

        var titleKeys = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var significant = keys[groups[g][0]].TitleTokens.Where(t => !StopWords.Contains(t)).ToArray();
            if (significant.Length == 0)
            {
                continue;
            }

            AddTo(titleKeys, "<", string.Join(' ', significant.Take(SignificantWords)), g);
            if (significant.Length > SignificantWords)
            {
                AddTo(titleKeys, ">", string.Join(' ', significant.TakeLast(SignificantWords)), g);
            }
        }

        return new Blocking(
            [.. ids.Where(kv => kv.Value.Count > 1).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value.ToArray())],
            [.. groups.Select(g => g.ToArray())],
            titles,
            [.. titleKeys.Where(kv => kv.Value.Count > 1).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Value.ToArray())]);
    }

    /// <summary>A pair of indices as one number, smaller index first.</summary>
    public static long Pair(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private static void AddTo(Dictionary<string, List<int>> blocks, string prefix, string? value, int index)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var key = prefix + value.ToLowerInvariant();
        if (!blocks.TryGetValue(key, out var list))
        {
            blocks[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }
}
