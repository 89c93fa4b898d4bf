using System.Globalization;

namespace MetaReview.Records.Tests.Prioritisation;

/// <summary>
/// The values computed in base R by Reference/prioritisation.R (run from the repository root) for 93 records
/// of the Cohen (2006) set: TF-IDF weights of the first three, and each record's logistic-regression and naive
/// Bayes score after training on all 93.
/// </summary>
internal static class ReferenceFixture
{
    /// <summary>One record: its record_id (1-based row of the CSV), label, distinct terms and scores.</summary>
    public sealed record Row(int RecordId, bool Relevant, int Terms, double LogisticScore, double NaiveBayesScore);

    public static IReadOnlyList<Row> Scores { get; } = [.. Lines("cohen2006-scores.csv").Select(c => new Row(
        int.Parse(c[0], CultureInfo.InvariantCulture), c[1] == "1", int.Parse(c[2], CultureInfo.InvariantCulture),
        double.Parse(c[3], CultureInfo.InvariantCulture), double.Parse(c[4], CultureInfo.InvariantCulture)))];

    /// <summary>(record_id, term, weight) for every non-zero weight of the first three records.</summary>
    public static IReadOnlyList<(int RecordId, string Term, double Weight)> Weights { get; } = [.. Lines("cohen2006-weights.csv").Select(c =>
        (int.Parse(c[0], CultureInfo.InvariantCulture), c[1], double.Parse(c[2], CultureInfo.InvariantCulture)))];

    private static IEnumerable<string[]> Lines(string name) =>
        File.ReadLines(Path.Combine(SharedData.RepositoryRoot(), "tests", "MetaReview.Records.Tests", "Prioritisation", "Reference", name)).Skip(1).Select(l => l.Split(','));
}
