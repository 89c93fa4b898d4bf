namespace MetaReview.Records.Tests.Deduplication;

/// <summary>
/// The hand-labelled pairs of Labels/duplicate-pairs.csv: every pair of records in the shared export
/// samples that shares an identifier or whose titles share at least half their words, labelled duplicate
/// or distinct by reading both records (docs/records.md says how). All other pairs are distinct.
/// </summary>
internal static class LabelledPairs
{
    public static IReadOnlyList<(string First, string Second, bool Duplicate, string Note)> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Deduplication", "Labels", "duplicate-pairs.csv");
        return [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var parts = line.Split(',', 4);
            return (parts[0], parts[1], parts[2] switch
            {
                "duplicate" => true,
                "distinct" => false,
                _ => throw new InvalidDataException($"{path}: label '{parts[2]}' must be 'duplicate' or 'distinct'"),
            }, parts[3]);
        })];
    }

    /// <summary>An unordered pair of record keys as one string.</summary>
    public static string PairKey(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a} | {b}" : $"{b} | {a}";
}
