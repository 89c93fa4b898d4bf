using MetaReview.Records.Screening;

namespace MetaReview.Records.Tests.Screening;

/// <summary>
/// A complete single-reviewer screening of <see cref="IbdFolder"/>'s 30 articles for a review of psychological
/// aspects of inflammatory bowel disease, written to the folder's journal. The decisions follow the titles;
/// the full-text outcomes (a report not retrieved, two reports named as one study) are set to exercise every
/// PRISMA box, not taken from a real review.
/// </summary>
internal static class IbdScreening
{
    public const string Reviewer = "AB";

    /// <summary>Title/abstract: 6 included, 2 maybe, 22 excluded.</summary>
    public static readonly (int Record, ScreeningDecision Decision, string? Reason)[] TitleAbstract =
    [
        (0, ScreeningDecision.Include, null), (1, ScreeningDecision.Exclude, "topic"), (2, ScreeningDecision.Exclude, "topic"),
        (3, ScreeningDecision.Include, null), (4, ScreeningDecision.Maybe, null), (5, ScreeningDecision.Exclude, "topic"),
        (6, ScreeningDecision.Exclude, "topic"), (7, ScreeningDecision.Exclude, "topic"), (8, ScreeningDecision.Exclude, "topic"),
        (9, ScreeningDecision.Exclude, "topic"), (10, ScreeningDecision.Maybe, null), (11, ScreeningDecision.Exclude, "topic"),
        (12, ScreeningDecision.Include, null), (13, ScreeningDecision.Include, null), (14, ScreeningDecision.Exclude, "topic"),
        (15, ScreeningDecision.Exclude, "design"), (16, ScreeningDecision.Exclude, "topic"), (17, ScreeningDecision.Include, null),
        (18, ScreeningDecision.Exclude, "population"), (19, ScreeningDecision.Exclude, "population"), (20, ScreeningDecision.Exclude, "population"),
        (21, ScreeningDecision.Exclude, "population"), (22, ScreeningDecision.Exclude, "population"), (23, ScreeningDecision.Exclude, "population"),
        (24, ScreeningDecision.Exclude, "design"), (25, ScreeningDecision.Exclude, "design"), (26, ScreeningDecision.Include, null),
        (27, ScreeningDecision.Exclude, "population"), (28, ScreeningDecision.Exclude, "design"), (29, ScreeningDecision.Exclude, "design"),
    ];

    /// <summary>Full text of the 8 that passed: 4 reports included (records 3 and 17 as one study), 2 excluded, 1 not retrieved, 1 maybe.</summary>
    public static readonly (int Record, ScreeningDecision Decision, string? Reason, string? Study)[] FullText =
    [
        (0, ScreeningDecision.Include, null, "flexibility"), (3, ScreeningDecision.Include, null, "youth-cbt"), (4, ScreeningDecision.Exclude, "topic", null),
        (10, ScreeningDecision.Maybe, null, null), (12, ScreeningDecision.Include, null, null), (13, ScreeningDecision.Exclude, "design", null),
        (17, ScreeningDecision.Include, null, "youth-cbt"), (26, ScreeningDecision.NotRetrieved, "not available from the library", null),
    ];

    /// <summary>Imports the exports and writes the whole screening to the journal.</summary>
    public static RecordsProject Create(string path)
    {
        IbdFolder.Import(path);
        var project = RecordsProject.Load(path);
        var time = new DateTimeOffset(2024, 5, 3, 9, 0, 0, TimeSpan.Zero);
        var entries = TitleAbstract.Select(d => Entry(project, d.Record, ScreeningStage.TitleAbstract, d.Decision, d.Reason, null, time = time.AddMinutes(1)))
            .Concat(FullText.Select(d => Entry(project, d.Record, ScreeningStage.FullText, d.Decision, d.Reason, d.Study, time = time.AddMinutes(1))))
            .ToList();
        ScreeningJournal.AppendAll(project.Folder.Journal, entries);
        File.WriteAllLines(project.Folder.Criteria, IbdFolder.Criteria.Select(c => $"{c.Id}: {c.Description}"));
        return RecordsProject.Load(path);
    }

    private static JournalEntry Entry(RecordsProject project, int record, ScreeningStage stage, ScreeningDecision decision, string? reason, string? study, DateTimeOffset time) => new()
    {
        Id = JournalEntry.NewId(),
        Key = project.Records[record].Key,
        Stage = stage,
        Reviewer = Reviewer,
        Decision = decision,
        Reason = reason,
        Study = study,
        Time = time,
    };
}
