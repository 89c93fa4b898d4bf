using MetaReview.Records.Screening;

namespace MetaReview.Records.Tests.Screening;

/// <summary>
/// A review folder with six real exports of ASReview's demo searches (shared/data/citations/ris): PubMed
/// twice (via Zotero, named with --database, and via EndNote), PsycINFO twice (Ovid direct, and the same six
/// records re-exported by Zotero), Embase and Scopus: 36 records, 6 duplicates, 30 articles. Most concern
/// inflammatory bowel disease (IBD); the tests screen them for a review of psychological aspects of IBD.
/// </summary>
internal static class IbdFolder
{
    public static readonly DateTimeOffset ImportTime = new(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The criteria the tests screen with.</summary>
    public static readonly EligibilityCriterion[] Criteria =
    [
        new("population", "Not people with inflammatory bowel disease"),
        new("topic", "No psychological outcome or intervention"),
        new("design", "Not primary research"),
    ];

    /// <summary>Imports the six exports into the folder.</summary>
    public static void Import(string path)
    {
        var folder = new ReviewFolder(path);
        Import(folder, "ris/pubmed_via_zotero_asreview.ris", "PubMed");
        Import(folder, "ris/pubmed_via_endnote_asreview.txt", null);
        Import(folder, "ris/ovid_psycinfo_asreview.ris", null);
        Import(folder, "ris/ovid_via_zotero_asreview.ris", "PsycINFO");
        Import(folder, "ris/embase_asreview.ris", null);
        Import(folder, "ris/scopus_asreview.ris", null);
    }

    private static void Import(ReviewFolder folder, string file, string? database)
    {
        var result = ReviewImporter.Import(folder, [SharedData.PathOf(file)], new ImportOptions { Database = database }, SourceKind.Database, ImportTime);
        Assert.True(result.Committed, string.Join("; ", result.Files.Select(f => f.Refusal)));
    }
}
