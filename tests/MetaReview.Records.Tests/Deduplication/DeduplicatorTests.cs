using MetaReview.Records.Deduplication;

namespace MetaReview.Records.Tests.Deduplication;

/// <summary>How de-duplication treats real records from the shared exports, and the review decisions.</summary>
public class DeduplicatorTests
{
    private static Record Sample(string key) => SampleExports.Records.Single(r => r.Key == key);

    [Fact]
    public void EmbaseCsvAndRis_Merged_KeepEverySourceAndIdentifier()
    {
        var csv = Sample("csv/embase_export_asreview.csv:3");
        var ris = Sample("ris/embase_asreview.ris:51");
        var result = Deduplicator.Deduplicate([csv, ris]);

        var group = Assert.Single(result.Groups);
        Assert.Equal<int>([0, 1], group.Members);
        Assert.Equal<Record>([csv, ris], group.Records);
        Assert.Equal<string>(["Embase"], group.Databases);
        var link = Assert.Single(group.Links);
        Assert.Equal((LinkKind.Identifier, 1.0, "same DOI 10.1002/cncr.20369"), (link.Kind, link.Score, link.Reason));
        // The RIS record is the more complete; the merged record takes it and keeps the PMID only it has.
        Assert.Equal(ris.Key, group.Merged.Key);
        Assert.Equal(("15368318", "10.1002/cncr.20369"), (group.Merged.Pmid, group.Merged.Doi));
        Assert.Equal(ris.Keywords.Union(csv.Keywords, StringComparer.OrdinalIgnoreCase).Count(), group.Merged.Keywords.Length);
        Assert.Equal((1, 1), (result.UniqueCount, result.DuplicatesRemoved));
    }

    [Fact]
    public void SharedProceedingsDoi_DifferentAbstracts_NotMerged_ButReviewed()
    {
        var first = Sample("ovid/embase_ovid_citavi_export.ovd:1");
        var second = Sample("ovid/embase_ovid_citavi_export.ovd:72");
        var result = Deduplicator.Deduplicate([first, second]);

        Assert.Equal(2, result.UniqueCount);
        var pair = Assert.Single(result.ReviewPairs);
        Assert.Equal("ovid/embase_ovid_citavi_export.ovd:1 | ovid/embase_ovid_citavi_export.ovd:72", pair.Id);
        Assert.Equal(
            "same DOI 10.1186/s12919-018-0099-8 but different titles (title similarity below 0.60): one identifier for several works, or an error in one export",
            pair.Reason);
        Assert.Contains(pair.Evidence, e => e is { Field: MatchField.Doi, Outcome: MatchOutcome.Agree });
        Assert.Contains(pair.Evidence, e => e is { Field: MatchField.Title, Outcome: MatchOutcome.Disagree });
    }

    [Fact]
    public void PsycInfoAndZotero_WithoutIdentifiers_FuzzyMergeWithReason()
    {
        var ovid = Sample("ris/ovid_psycinfo_asreview.ris:31") with { Doi = null };
        var zotero = Sample("ris/ovid_via_zotero_asreview.ris:18") with { Doi = null };
        var link = Assert.Single(Deduplicator.Deduplicate([ovid, zotero]).Links);
        Assert.Equal(LinkKind.Fuzzy, link.Kind);
        Assert.Equal(1.0, link.Score, 12);
        Assert.Equal("same title; year, first author, journal, volume, first page agree", link.Reason);
    }

    [Fact]
    public void ReviewerDecision_Duplicate_MergesAReviewedPair()
    {
        var lens = Sample("ris/scopus_a2a3a4_asreview_issue1099.txt:110");
        var scopus = Sample("ris/scopus_a2a3a4_asreview_issue1099.txt:126");
        var before = Deduplicator.Deduplicate([lens, scopus]);
        var pair = Assert.Single(before.ReviewPairs);
        Assert.Equal(0.8, pair.Score, 12);

        var after = before.WithDecisions([DuplicateDecision.For(pair, isDuplicate: true)]);
        Assert.Empty(after.ReviewPairs);
        var link = Assert.Single(Assert.Single(after.Groups).Links);
        Assert.Equal((LinkKind.Decision, "marked as duplicates by the reviewer"), (link.Kind, link.Reason));
        Assert.Single(after.Decisions);
        // The Scopus record (DOI, volume, pages) is the more complete one.
        Assert.Equal(scopus.Key, after.Groups[0].Merged.Key);
    }

    [Fact]
    public void ReviewerDecision_NotDuplicate_OverridesAnIdentifierMatch_AndLeavesTheReviewList()
    {
        var ovid = Sample("ris/ovid_psycinfo_asreview.ris:2");
        var zotero = Sample("ris/ovid_via_zotero_asreview.ris:1");
        var result = Deduplicator.Deduplicate([ovid, zotero], decisions: [DuplicateDecision.NotDuplicate(zotero.Key, ovid.Key)]);
        Assert.Equal(2, result.UniqueCount);
        Assert.Empty(result.ReviewPairs);
    }

    [Fact]
    public void LaterDecisionOnTheSamePair_Wins()
    {
        var ovid = Sample("ris/ovid_psycinfo_asreview.ris:2");
        var zotero = Sample("ris/ovid_via_zotero_asreview.ris:1");
        var result = Deduplicator.Deduplicate(
            [ovid, zotero],
            decisions: [DuplicateDecision.NotDuplicate(ovid.Key, zotero.Key), DuplicateDecision.Duplicate(zotero.Key, ovid.Key)]);
        Assert.Equal(1, result.UniqueCount);
    }

    [Fact]
    public void SameFileImportedTwice_EveryRecordMergedWithItsCopy()
    {
        var once = SharedData.Import("ris/scopus_asreview.ris").Records;
        var twice = once.Concat(once.Select(r => r with { SourceFile = r.SourceFile + " (again)" })).ToList();
        var result = Deduplicator.Deduplicate(twice);
        Assert.Equal(6, result.UniqueCount);
        Assert.All(result.Groups, g => Assert.Equal(g.Records[0].SourceLine, g.Records[1].SourceLine));
        Assert.All(result.Links, l => Assert.StartsWith("same DOI", l.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void ChainOfFuzzyMatches_DoesNotJoinTwoDois()
    {
        // An article and its erratum carry different DOIs; a third record without a DOI matches both.
        var article = Sample("ris/ovid_via_zotero_asreview.ris:18");
        var erratum = article with { Doi = "10.1177/1359105319870404", SourceLine = 999 };
        var noDoi = Sample("ris/ovid_psycinfo_asreview.ris:31") with { Doi = null };
        var result = Deduplicator.Deduplicate([article, noDoi, erratum]);

        Assert.Equal(2, result.UniqueCount);
        Assert.DoesNotContain(result.Groups, g => g.Records.Select(r => r.Doi).OfType<string>().Distinct().Count() > 1);
        Assert.Contains(result.ReviewPairs, p => p.Reason.Contains("DOI", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2019, 2020, 1)] // online-first and print year: near, merged
    [InlineData(2019, 2021, 2)] // two years apart: kept apart, reviewed
    public void YearTolerance(int firstYear, int secondYear, int unique)
    {
        var a = Sample("ris/ovid_psycinfo_asreview.ris:31") with { Doi = null, Year = firstYear };
        var b = Sample("ris/ovid_via_zotero_asreview.ris:18") with { Doi = null, Year = secondYear };
        var result = Deduplicator.Deduplicate([a, b]);
        Assert.Equal(unique, result.UniqueCount);
        Assert.Equal(unique - 1, result.ReviewPairs.Length);
    }

    [Fact]
    public void TitlesDifferingInCaseAccentsPunctuationAndTags_AreTheSameTitle()
    {
        var a = Sample("bibtex/chocolate_biblatex_jabref.bib:1");
        var b = a with
        {
            Title = "<i>COCOA</i> &amp; cardiovascular health.",
            Authors = ["Lu\u0308scher, T. F."],
            SourceLine = 999,
            Doi = null,
        };
        var shuffled = a with { Authors = ["Lüscher, Thomas F.", .. a.Authors.Take(3)] };
        var result = Deduplicator.Deduplicate([shuffled, b]);
        var link = Assert.Single(result.Links);
        Assert.StartsWith("same title; year, first author", link.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortTitle_WithoutVolumeOrPages_IsReviewedNotMerged()
    {
        // "Arithmetic": one word; the two chapters differ in year and pages (two editions).
        var result = Deduplicator.Deduplicate(
            [Sample("bibtex/jabref_authors_jabref.bib:170") with { Doi = null }, Sample("bibtex/jabref_authors_jabref.bib:556") with { Doi = null }]);
        Assert.Equal(2, result.UniqueCount);
        Assert.Equal(
            "same title; first author, journal agree, but year 2013 vs 2010, first page '593-637' vs '283-327'",
            Assert.Single(result.ReviewPairs).Reason);
    }

    [Fact]
    public void RecordsWithoutTitlesOrIdentifiers_StayApart()
    {
        var records = SharedData.Import("ris/edge_multiline_rispy.ris").Records;
        var result = Deduplicator.Deduplicate(records);
        Assert.Equal(3, result.UniqueCount);
        Assert.Empty(result.ReviewPairs);
    }
}
