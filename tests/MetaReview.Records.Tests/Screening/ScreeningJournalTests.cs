using System.Text;
using MetaReview.Records.Screening;

namespace MetaReview.Records.Tests.Screening;

/// <summary>The append-only journal: round trip, crash tolerance, located problems, concurrent writers.</summary>
public class ScreeningJournalTests
{
    private static readonly DateTimeOffset Noon = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Entry_RoundTripsEveryField()
    {
        var entry = new JournalEntry
        {
            Id = "0190a1b2c3d4",
            Key = "pubmed.nbib:12",
            Stage = ScreeningStage.FullText,
            Reviewer = "Ana Böhm",
            Decision = ScreeningDecision.Include,
            Reason = "E2",
            Note = "dose \"high\", see table 2\nsecond line",
            Resolution = true,
            Study = "smith2001",
            Time = Noon.AddMilliseconds(123),
        };
        var line = ScreeningJournal.Format(entry);
        Assert.Equal("{\"id\":\"0190a1b2c3d4\",\"time\":\"2024-05-01T12:00:00.123Z\",\"key\":\"pubmed.nbib:12\",\"stage\":\"full-text\",\"reviewer\":\"Ana Böhm\",\"decision\":\"include\",\"reason\":\"E2\",\"note\":\"dose \\\"high\\\", see table 2\\nsecond line\",\"resolution\":true,\"study\":\"smith2001\"}", line);
        Assert.DoesNotContain('\n', line);
        Assert.Equal(entry, ScreeningJournal.Parse(line, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData("{\"id\":\"1\",\"time\":\"2024-05-01T12:00:00Z\",\"key\":\"a:1\",\"stage\":\"abstract-only\",\"reviewer\":\"AB\",\"decision\":\"include\"}", "'stage' must be 'title-abstract' or 'full-text', got 'abstract-only'")]
    [InlineData("{\"id\":\"1\",\"time\":\"2024-05-01T12:00:00Z\",\"key\":\"a:1\",\"stage\":\"full-text\",\"reviewer\":\"AB\",\"decision\":\"yes\"}", "'decision' must be include, exclude, maybe, not-retrieved or retract, got 'yes'")]
    [InlineData("{\"id\":\"1\",\"time\":\"yesterday\",\"key\":\"a:1\",\"stage\":\"full-text\",\"reviewer\":\"AB\",\"decision\":\"include\"}", "'time' must be a UTC time in ISO 8601 form such as 2024-05-01T10:00:00.000Z, got 'yesterday'")]
    [InlineData("{\"id\":\"1\",\"time\":\"2024-05-01T12:00:00Z\",\"stage\":\"full-text\",\"reviewer\":\"AB\",\"decision\":\"include\"}", "'key' is missing")]
    [InlineData("{\"id\":\"1\",\"time\":\"2024-05-01T12:00:00Z\",\"key\":\"a:1\",\"stage\":\"full-text\",\"reviewer\":\"AB\",\"decision\":\"retract\"}", "a 'retract' entry needs 'retracts', the id of the entry it takes back")]
    [InlineData("{\"id\":1,\"time\":\"2024-05-01T12:00:00Z\",\"key\":\"a:1\",\"stage\":\"full-text\",\"reviewer\":\"AB\",\"decision\":\"include\"}", "'id' must be a string, got number 1")]
    [InlineData("[1, 2]", "expected a JSON object, got array")]
    public void Parse_NamesTheFieldAndTheValue(string line, string expected)
    {
        Assert.Null(ScreeningJournal.Parse(line, out var error));
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TruncatedLastLine_IsReported_AndTheNextAppendStartsANewLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("journal.jsonl");
        ScreeningJournal.AppendAll(path, [Entry("a:1", ScreeningDecision.Include), Entry("a:2", ScreeningDecision.Exclude)]);

        // A crash in the middle of a write leaves part of a line without its line end.
        File.AppendAllText(path, "{\"id\":\"x\",\"time\":\"2024-05-01T12:", new UTF8Encoding(false));
        var read = ScreeningJournal.Read(path);
        Assert.Equal(2, read.Entries.Length);
        var problem = Assert.Single(read.Problems);
        Assert.True(problem.Truncated);
        Assert.True(read.TruncatedLastLine);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith(path + ":3: warning: the last entry is incomplete (not valid JSON", problem.ToString(), StringComparison.Ordinal);

        ScreeningJournal.Append(path, Entry("a:3", ScreeningDecision.Maybe));
        read = ScreeningJournal.Read(path);
        Assert.Equal(["a:1", "a:2", "a:3"], read.Entries.Select(e => e.Key));
        problem = Assert.Single(read.Problems);
        Assert.False(problem.Truncated); // now a complete, broken line 3: skipped, and the entry after it kept
        Assert.Equal(3, problem.Line);
        Assert.Equal(4, File.ReadAllText(path).Count(c => c == '\n'));
    }

    [Fact]
    public void BrokenLineInTheMiddle_IsSkippedWithItsLineNumber()
    {
        using var folder = new TempFolder();
        var path = folder.File("journal.jsonl");
        ScreeningJournal.Append(path, Entry("a:1", ScreeningDecision.Include));
        File.AppendAllText(path, "{\"id\":\"2\",\"time\":\"2024-05-01T12:00:00Z\",\"key\":\"a:2\",\"stage\":\"title-abstract\",\"reviewer\":\"AB\",\"decision\":\"perhaps\"}\n\n");
        ScreeningJournal.Append(path, Entry("a:3", ScreeningDecision.Exclude));
        var read = ScreeningJournal.Read(path);
        Assert.Equal(["a:1", "a:3"], read.Entries.Select(e => e.Key));
        Assert.Equal(path + ":2: error: 'decision' must be include, exclude, maybe, not-retrieved or retract, got 'perhaps'; entry skipped", Assert.Single(read.Problems).ToString());
    }

    [Fact]
    public void MissingJournal_IsEmpty()
    {
        using var folder = new TempFolder();
        var read = ScreeningJournal.Read(folder.File("screening/journal.jsonl"));
        Assert.Empty(read.Entries);
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void ConcurrentWriters_NeverInterleaveLines()
    {
        using var folder = new TempFolder();
        var path = folder.File("screening/journal.jsonl");
        Parallel.For(0, 8, writer =>
        {
            for (var i = 0; i < 40; i++)
            {
                ScreeningJournal.Append(path, Entry($"w{writer}:{i}", ScreeningDecision.Exclude) with { Reviewer = $"R{writer}" });
            }
        });
        var read = ScreeningJournal.Read(path);
        Assert.Empty(read.Problems);
        Assert.Equal(320, read.Entries.Length);
        Assert.Equal(320, read.Entries.Select(e => e.Id).Distinct().Count());
        for (var writer = 0; writer < 8; writer++)
        {
            var mine = read.Entries.Where(e => e.Reviewer == $"R{writer}").Select(e => e.Key).ToList();
            Assert.Equal(Enumerable.Range(0, 40).Select(i => $"w{writer}:{i}"), mine); // each writer's entries in its order
        }
    }

    internal static JournalEntry Entry(string key, ScreeningDecision decision, string reviewer = "AB", ScreeningStage stage = ScreeningStage.TitleAbstract) => new()
    {
        Id = JournalEntry.NewId(),
        Key = key,
        Stage = stage,
        Reviewer = reviewer,
        Decision = decision,
        Time = Noon,
    };
}
