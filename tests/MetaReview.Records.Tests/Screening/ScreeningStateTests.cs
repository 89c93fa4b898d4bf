using System.Collections.Immutable;
using MetaReview.Records.Screening;

namespace MetaReview.Records.Tests.Screening;

/// <summary>How journal entries become outcomes: later decisions, retractions, dual screening, conflicts and resolutions.</summary>
public class ScreeningStateTests
{
    private static readonly ImmutableArray<ScreeningRecord> Records = Load();
    private static readonly ScreeningRules Dual = new() { ReviewersPerRecord = 2 };

    [Fact]
    public void SingleScreening_TheReviewersLastDecisionCounts()
    {
        var include = Entry(0, ScreeningDecision.Include);
        var state = Build(ScreeningRules.Default, include, Entry(1, ScreeningDecision.Exclude, reason: "topic"), Entry(0, ScreeningDecision.Exclude, reason: "design"));
        Assert.Equal(ScreeningOutcome.Exclude, Outcome(state, 0));
        Assert.Equal("design", state.Status(0, ScreeningStage.TitleAbstract).Reason);
        Assert.Equal("topic", state.Status(1, ScreeningStage.TitleAbstract).Reason);
        Assert.Equal(ScreeningOutcome.NotScreened, Outcome(state, 2));
        Assert.Equal(["AB"], state.Reviewers(ScreeningStage.TitleAbstract).ToArray());
        Assert.False(state.IsCandidate(0, ScreeningStage.FullText));
    }

    [Fact]
    public void Retraction_TakesADecisionBack_AndRetractingItRestoresIt()
    {
        var include = Entry(0, ScreeningDecision.Include);
        var undo = Retract(include);
        Assert.Equal(ScreeningOutcome.NotScreened, Outcome(Build(ScreeningRules.Default, include, undo), 0));
        var redo = Retract(undo);
        var state = Build(ScreeningRules.Default, include, undo, redo);
        Assert.Equal(ScreeningOutcome.Include, Outcome(state, 0));
        Assert.Equal([undo.Id], state.RetractedIds.ToArray());
        Assert.Equal([include], state.ActiveEntries.ToArray());
    }

    [Fact]
    public void Retraction_RestoresTheDecisionBeforeIt()
    {
        var first = Entry(0, ScreeningDecision.Include);
        var second = Entry(0, ScreeningDecision.Exclude, reason: "topic");
        Assert.Equal(ScreeningOutcome.Include, Outcome(Build(ScreeningRules.Default, first, second, Retract(second)), 0));
    }

    [Fact]
    public void DualScreening_AwaitsTheSecondReviewer_ThenAgreesOrConflicts()
    {
        var state = Build(Dual,
            Entry(0, ScreeningDecision.Include, "AB"),
            Entry(1, ScreeningDecision.Include, "AB"), Entry(1, ScreeningDecision.Maybe, "CD"),
            Entry(2, ScreeningDecision.Exclude, "AB", "topic"), Entry(2, ScreeningDecision.Exclude, "CD", "population"),
            Entry(3, ScreeningDecision.Maybe, "AB"), Entry(3, ScreeningDecision.Maybe, "CD"));
        Assert.Equal(ScreeningOutcome.AwaitingReviewer, Outcome(state, 0));
        Assert.Equal(ScreeningOutcome.Conflict, Outcome(state, 1));
        Assert.Equal(ScreeningOutcome.Exclude, Outcome(state, 2)); // title/abstract: agreeing to exclude is enough
        Assert.Equal("topic", state.Status(2, ScreeningStage.TitleAbstract).Reason); // the earlier reason
        Assert.Equal(ScreeningOutcome.Maybe, Outcome(state, 3));
        Assert.True(state.IsCandidate(3, ScreeningStage.FullText));
        Assert.Equal([1], state.Conflicts(ScreeningStage.TitleAbstract).Select(r => r.Index));
        Assert.Equal(["AB", "CD"], state.Reviewers(ScreeningStage.TitleAbstract).ToArray());
    }

    [Fact]
    public void Resolution_OverridesTheReviewers_UntilRetracted()
    {
        var resolution = Entry(1, ScreeningDecision.Include, "EF") with { Resolution = true };
        var entries = new[] { Entry(1, ScreeningDecision.Include, "AB"), Entry(1, ScreeningDecision.Exclude, "CD", "topic"), resolution };
        var state = Build(Dual, entries);
        Assert.Equal(ScreeningOutcome.Include, Outcome(state, 1));
        Assert.Same(resolution, state.Status(1, ScreeningStage.TitleAbstract).Resolution);
        Assert.Equal(["AB", "CD"], state.Reviewers(ScreeningStage.TitleAbstract).ToArray()); // a resolution is not a reviewer's decision
        Assert.Null(state.DecisionOf(1, ScreeningStage.TitleAbstract, "EF"));
        Assert.Equal(ScreeningOutcome.Conflict, Outcome(Build(Dual, [.. entries, Retract(resolution)]), 1));
    }

    [Fact]
    public void FullText_DifferentExclusionReasonsAreAConflict()
    {
        var passed = new[] { Entry(0, ScreeningDecision.Include, "AB"), Entry(0, ScreeningDecision.Include, "CD") };
        var state = Build(Dual, [.. passed,
            Entry(0, ScreeningDecision.Exclude, "AB", "design", ScreeningStage.FullText), Entry(0, ScreeningDecision.Exclude, "CD", "topic", ScreeningStage.FullText)]);
        Assert.Equal(ScreeningOutcome.Conflict, state.Status(0, ScreeningStage.FullText).Outcome);
        state = Build(Dual, [.. passed,
            Entry(0, ScreeningDecision.Exclude, "AB", "design", ScreeningStage.FullText), Entry(0, ScreeningDecision.Exclude, "CD", "Design", ScreeningStage.FullText)]);
        Assert.Equal(ScreeningOutcome.Exclude, state.Status(0, ScreeningStage.FullText).Outcome);
    }

    [Fact]
    public void EntriesForUnknownRecords_AreOrphans()
    {
        var orphan = Entry(0, ScreeningDecision.Include) with { Key = "removed.ris:1" };
        var state = Build(ScreeningRules.Default, orphan);
        Assert.Equal([orphan], state.OrphanEntries.ToArray());
        Assert.Empty(state.ActiveEntries);
    }

    [Fact]
    public void Included_AtTitleAbstractMeansPassing_AtFullTextMeansIncluded()
    {
        var state = Build(ScreeningRules.Default,
            Entry(0, ScreeningDecision.Include), Entry(1, ScreeningDecision.Maybe), Entry(2, ScreeningDecision.Exclude),
            Entry(0, ScreeningDecision.Exclude, reason: "design", stage: ScreeningStage.FullText), Entry(1, ScreeningDecision.Include, stage: ScreeningStage.FullText));
        Assert.Equal([0, 1], state.Included(ScreeningStage.TitleAbstract).Select(r => r.Index));
        Assert.Equal([1], state.Included(ScreeningStage.FullText).Select(r => r.Index));
    }

    internal static JournalEntry Retract(JournalEntry entry) =>
        ScreeningJournalTests.Entry(entry.Key, ScreeningDecision.Retract, entry.Reviewer, entry.Stage) with { Retracts = entry.Id };

    private static JournalEntry Entry(int record, ScreeningDecision decision, string reviewer = "AB", string? reason = null, ScreeningStage stage = ScreeningStage.TitleAbstract) =>
        ScreeningJournalTests.Entry(Records[record].Key, decision, reviewer, stage) with { Reason = reason };

    private static ScreeningOutcome Outcome(ScreeningState state, int record) => state.Status(record, ScreeningStage.TitleAbstract).Outcome;

    private static ScreeningState Build(ScreeningRules rules, params JournalEntry[] entries)
    {
        var byKey = Records.ToDictionary(r => r.Key);
        return ScreeningState.Build(Records, key => byKey.GetValueOrDefault(key), entries, rules);
    }

    private static ImmutableArray<ScreeningRecord> Load()
    {
        var import = SharedData.Import("ris/pubmed_via_endnote_asreview.txt");
        return [.. import.Records.Select((r, i) => new ScreeningRecord(i, r.Key, r, [r.Key], ["PubMed"]))];
    }
}
