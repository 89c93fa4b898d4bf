using MetaReview.Records.Prioritisation;
using MetaReview.Records.Screening;

namespace MetaReview.Records.Tests.Screening;

/// <summary>A reviewer's session: order, decisions written as made, undo by retraction, other writers, resolving.</summary>
public class ScreeningSessionTests
{
    private static readonly ScreeningKeywords Keywords = ScreeningKeywords.Create(["inflammatory bowel disease", "psycholog*", "depress*"], ["cyst*", "rat", "mice"]);

    [Fact]
    public void BeforeAModelCanBeTrained_KeywordScoreThenImportOrder()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var session = Open(temp.Path, "AB");
        Assert.False(session.IsPrioritised);
        Assert.Equal(30, session.Queue.Length);
        var scores = session.Queue.Select(r => Keywords.Score(r.Record)).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.True(scores[0] > 0);
        Assert.True(scores[^1] < 0);
        Assert.Equal(new ScreeningProgress { Candidates = 30, Decided = 0, Remaining = 30, Included = 0, Excluded = 0, Maybe = 0, NotRetrieved = 0, Conflicts = 0 }, session.Progress);
    }

    [Fact]
    public void Decisions_AreInTheJournalAtOnce_AndAfterBothClassesTheModelOrders()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var session = Open(temp.Path, "AB");
        var first = session.Current!;
        var entry = session.Decide(ScreeningDecision.Include, note: "psychological outcomes");
        Assert.Equal(first.Key, entry.Key);
        Assert.Equal(new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero), entry.Time);
        Assert.Equal([entry], ScreeningJournal.Read(Path.Combine(temp.Path, "screening", "journal.jsonl")).Entries.ToArray());
        Assert.False(session.IsPrioritised);

        var cyst = session.Queue.Last(); // lowest keyword score
        Assert.Contains("cyst", cyst.Record.Title!, StringComparison.OrdinalIgnoreCase);
        while (session.Current != cyst)
        {
            session.Decide(ScreeningDecision.Maybe);
        }

        session.Decide(ScreeningDecision.Exclude, "population");
        Assert.True(session.IsPrioritised);
        Assert.Equal(30, session.Progress.Decided);
        Assert.Null(session.Current);
        Assert.Equal((1, 28, 1), (session.Progress.Included, session.Progress.Maybe, session.Progress.Excluded));
        Assert.Equal(30, ScreeningJournal.Read(Path.Combine(temp.Path, "screening", "journal.jsonl")).Entries.Length);
    }

    [Fact]
    public void Undo_RetractsTheLastDecision_AndOffersThatRecordAgain()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var session = Open(temp.Path, "AB");
        var a = session.Decide(ScreeningDecision.Include);
        var b = session.Decide(ScreeningDecision.Exclude, "topic");
        var undo = session.Undo()!;
        Assert.Equal(ScreeningDecision.Retract, undo.Decision);
        Assert.Equal(b.Id, undo.Retracts);
        Assert.Equal(b.Key, session.Current!.Key);
        Assert.Equal(1, session.Progress.Decided);

        // Undo works across sessions too: a new session takes back the earlier decision.
        var again = Open(temp.Path, "AB");
        Assert.Equal(a.Id, again.Undo()!.Retracts);
        Assert.Equal(a.Key, again.Current!.Key);
        Assert.Null(again.Undo());
        var journal = ScreeningJournal.Read(Path.Combine(temp.Path, "screening", "journal.jsonl")).Entries;
        Assert.Equal([ScreeningDecision.Include, ScreeningDecision.Exclude, ScreeningDecision.Retract, ScreeningDecision.Retract], journal.Select(e => e.Decision));
    }

    [Fact]
    public void Decide_ChecksReasonsAgainstTheCriteriaAndTheStage()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var session = Open(temp.Path, "AB");
        Assert.Equal("reason 'wrong' is not an eligibility criterion; expected one of population, topic, design", session.Validate(ScreeningDecision.Exclude, "wrong"));
        Assert.Null(session.Validate(ScreeningDecision.Exclude, null)); // a title/abstract exclusion may go without a reason
        Assert.Null(session.Validate(ScreeningDecision.Exclude, "TOPIC"));
        Assert.Equal("'not retrieved' is a full-text decision; at title/abstract decide include, exclude or maybe", session.Validate(ScreeningDecision.NotRetrieved, null));
        var e = Assert.Throws<ArgumentException>(() => session.Decide(ScreeningDecision.Exclude, "wrong"));
        Assert.StartsWith("reason 'wrong' is not an eligibility criterion", e.Message, StringComparison.Ordinal);
        Assert.Equal(0, session.Progress.Decided);

        var fullText = Open(temp.Path, "AB", ScreeningStage.FullText);
        Assert.Equal("a full-text exclusion needs a reason: one of population, topic, design (PRISMA reports reports excluded by reason)", fullText.Validate(ScreeningDecision.Exclude, " "));
        Assert.Null(fullText.Validate(ScreeningDecision.NotRetrieved, null));
    }

    [Fact]
    public void FullText_OffersTheRecordsThatPassedTitleAbstract()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var ta = Open(temp.Path, "AB");
        var include = ta.Current!;
        ta.Decide(ScreeningDecision.Include);
        var maybe = ta.Current!;
        ta.Decide(ScreeningDecision.Maybe);
        ta.Decide(ScreeningDecision.Exclude, "topic");

        var ft = Open(temp.Path, "AB", ScreeningStage.FullText);
        Assert.Equal(2, ft.Progress.Candidates);
        Assert.Equal(new[] { include.Key, maybe.Key }.Order(), ft.Queue.Select(r => r.Key).Order());
        var report = ft.Decide(ScreeningDecision.Include, study: "study-1");
        Assert.Equal("study-1", report.Study);
        ft.Decide(ScreeningDecision.NotRetrieved, "paywalled");
        Assert.Null(ft.Current);
        Assert.Equal((1, 1), (ft.Progress.Included, ft.Progress.NotRetrieved));
    }

    [Fact]
    public void DualScreening_ConflictsGoToTheResolver()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var dual = new ScreeningRules { ReviewersPerRecord = 2 };
        var ab = Open(temp.Path, "AB", rules: dual);
        var cd = Open(temp.Path, "CD", rules: dual);

        // AB and CD work at the same time, in the same order; each reads the other's entries when it writes.
        var x = ab.Decide(ScreeningDecision.Include);
        var y = cd.Decide(ScreeningDecision.Exclude, "topic");
        Assert.Equal(x.Key, y.Key);
        var index = cd.State.Records.First(r => r.Key == x.Key).Index;
        Assert.Equal(ScreeningOutcome.Conflict, cd.State.Status(index, ScreeningStage.TitleAbstract).Outcome);
        var z = ab.Decide(ScreeningDecision.Include);
        Assert.Equal(ScreeningOutcome.AwaitingReviewer, ab.State.Status(ab.State.Records.First(r => r.Key == z.Key).Index, ScreeningStage.TitleAbstract).Outcome);
        Assert.Equal(1, ab.Progress.Conflicts);

        var resolver = Open(temp.Path, "EF", rules: dual, resolve: true);
        Assert.Equal(x.Key, resolver.Current!.Key);
        Assert.Equal(1, resolver.Progress.Conflicts);
        var resolution = resolver.Decide(ScreeningDecision.Include);
        Assert.True(resolution.Resolution);
        Assert.Null(resolver.Current);
        Assert.Equal(ScreeningOutcome.Include, resolver.State.Status(index, ScreeningStage.TitleAbstract).Outcome);
        Assert.Equal((1, 0), (resolver.Progress.Decided, resolver.Progress.Remaining));
    }

    [Fact]
    public void NoPrioritisation_ImportOrderAfterKeywords()
    {
        using var temp = new TempFolder();
        IbdFolder.Import(temp.Path);
        var project = RecordsProject.Load(temp.Path);
        var session = ScreeningSession.Open(project, new ScreeningSessionOptions { Reviewer = "AB", Prioritisation = null });
        Assert.Equal(Enumerable.Range(0, 30), session.Queue.Select(r => r.Index));
        Assert.Throws<ArgumentException>(() => ScreeningSession.Open(project, new ScreeningSessionOptions { Reviewer = " " }));
    }

    internal static ScreeningSession Open(string path, string reviewer, ScreeningStage stage = ScreeningStage.TitleAbstract, ScreeningRules? rules = null, bool resolve = false) =>
        ScreeningSession.Open(RecordsProject.Load(path), new ScreeningSessionOptions
        {
            Reviewer = reviewer,
            Stage = stage,
            Rules = rules ?? ScreeningRules.Default,
            Resolve = resolve,
            Criteria = [.. IbdFolder.Criteria],
            Keywords = Keywords,
            Prioritisation = PrioritiserOptions.Default,
            Clock = () => new DateTimeOffset(2024, 5, 2, 10, 0, 0, TimeSpan.Zero),
        });
}
