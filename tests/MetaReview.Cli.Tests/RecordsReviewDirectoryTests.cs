using MetaReview.Records.Screening;

namespace MetaReview.Cli.Tests;

/// <summary>
/// A review folder in the temporary directory for the records, screen and prisma tests, deleted when disposed;
/// with the six ASReview demo exports (PubMed twice, PsycINFO twice, Embase, Scopus: 36 records, 30 articles)
/// and a complete screening of them for a review of psychological aspects of inflammatory bowel disease.
/// </summary>
internal sealed class ReviewDirectory : IDisposable
{
    public ReviewDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "metareview-cli-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The criteria the folder's review file lists (see <see cref="WriteReviewFile"/>).</summary>
    public static string[] CriteriaIds { get; } = ["population", "topic", "design"];

    /// <summary>A shared export sample, e.g. "ris/embase_asreview.ris".</summary>
    public static string Citation(string relative)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Repository.Root, "..", "shared", "data", "citations", relative));
        return File.Exists(path) ? path : throw new FileNotFoundException($"The shared export sample '{relative}' is missing: expected it at {path}.", path);
    }

    /// <summary>Imports the six exports with the command line.</summary>
    public void ImportIbd()
    {
        Import("ris/pubmed_via_zotero_asreview.ris", "--database", "PubMed");
        Import("ris/pubmed_via_endnote_asreview.txt");
        Import("ris/ovid_psycinfo_asreview.ris");
        Import("ris/ovid_via_zotero_asreview.ris", "--database", "PsycINFO");
        Import("ris/embase_asreview.ris");
        Import("ris/scopus_asreview.ris");
    }

    /// <summary>A review file with the three eligibility criteria the screening uses.</summary>
    public void WriteReviewFile() => File.WriteAllText(System.IO.Path.Combine(Path, "review.yaml"), """
        title: Psychological aspects of inflammatory bowel disease
        eligibility:
          - id: population
            text: People with inflammatory bowel disease
            reason: not people with IBD
          - id: topic
            text: A psychological outcome or intervention
            reason: no psychological outcome or intervention
          - id: design
            text: Primary research
            reason: not primary research
        """);

    /// <summary>
    /// Screens all 30 articles by title (single reviewer AB), then the 8 that pass at full text. The full-text
    /// outcomes (one report not retrieved, two reports named as one study) exercise every PRISMA box; they are
    /// not from a real review.
    /// </summary>
    public void ScreenIbd()
    {
        var project = RecordsProject.Load(Path);
        var ta = ScreeningSession.Open(project, new ScreeningSessionOptions { Reviewer = "AB", Clock = () => ScriptedConsole.Noon });
        while (ta.Current is { } record)
        {
            var (decision, reason) = TitleAbstract(record.Record.Title ?? "");
            ta.Decide(decision, reason);
        }

        var ft = ScreeningSession.Open(RecordsProject.Load(Path), new ScreeningSessionOptions { Reviewer = "AB", Stage = ScreeningStage.FullText, Clock = () => ScriptedConsole.Noon });
        while (ft.Current is { } record)
        {
            var title = record.Record.Title ?? "";
            if (title.StartsWith("Physical activity", StringComparison.Ordinal) || title.StartsWith("Structured physical activity", StringComparison.Ordinal))
            {
                ft.Decide(ScreeningDecision.Exclude, "topic");
            }
            else if (title.StartsWith("Gender differences", StringComparison.Ordinal))
            {
                ft.Decide(ScreeningDecision.Exclude, "design");
            }
            else if (title.StartsWith("Impact of complementary", StringComparison.Ordinal))
            {
                ft.Decide(ScreeningDecision.Maybe);
            }
            else if (title.StartsWith("Does symptom activity", StringComparison.Ordinal))
            {
                ft.Decide(ScreeningDecision.NotRetrieved, "not available from the library");
            }
            else
            {
                var study = title.StartsWith("Mindfulness", StringComparison.Ordinal) || title.StartsWith("Psychological outcomes of a cognitive", StringComparison.Ordinal) ? "youth-cbt" : null;
                ft.Decide(ScreeningDecision.Include, study: study);
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's clean-up of the temporary directory.
        }
    }

    /// <summary>The title/abstract decision for an article of the six exports, by its title.</summary>
    private static (ScreeningDecision, string?) TitleAbstract(string title)
    {
        string[] include = ["The importance of cognitive flexibility", "Mindfulness-Based Cognitive Therapy", "The influence of self-criticism", "Gender differences in inflammatory", "Psychological outcomes of a cognitive", "Does symptom activity"];
        string[] maybe = ["Structured physical activity", "Impact of complementary"];
        string[] design = ["Perceptions of ibd", "Stress and the brain-gut", "Hypothesis:", "Exercise influence", "Role of brain imaging"];
        string[] population = ["Duplication cysts", "Endoscopic ultrasound", "A case of completely", "Congenital Neck", "Foregut duplication", "Completely Isolated", "Self-compassion and adjustment in epilepsy"];
        return include.Any(p => title.StartsWith(p, StringComparison.Ordinal)) ? (ScreeningDecision.Include, null)
            : maybe.Any(p => title.StartsWith(p, StringComparison.Ordinal)) ? (ScreeningDecision.Maybe, null)
            : design.Any(p => title.StartsWith(p, StringComparison.Ordinal)) ? (ScreeningDecision.Exclude, "design")
            : population.Any(p => title.StartsWith(p, StringComparison.Ordinal)) ? (ScreeningDecision.Exclude, "population")
            : (ScreeningDecision.Exclude, "topic");
    }

    private void Import(string file, params string[] options)
    {
        var (exit, _, error) = Cli.Run(["records", "import", Path, Citation(file), .. options]);
        Assert.True(exit == 0, error);
    }
}

/// <summary>The folder the other tests build on.</summary>
public class RecordsReviewDirectoryTests
{
    [Fact]
    public void SixExports_ThirtyArticles_ScreenedToFourIncludedReports()
    {
        using var folder = new ReviewDirectory();
        folder.ImportIbd();
        folder.ScreenIbd();
        var project = RecordsProject.Load(folder.Path);
        Assert.Equal(30, project.Records.Length);
        var state = project.Screening();
        Assert.Equal(8, state.Included(ScreeningStage.TitleAbstract).Count());
        Assert.Equal(4, state.Included(ScreeningStage.FullText).Count());
        Assert.Equal(38, project.Journal.Entries.Length);
    }
}
