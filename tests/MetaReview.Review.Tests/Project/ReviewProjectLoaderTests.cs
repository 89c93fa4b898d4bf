using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>Loading from a project folder: missing folders and files are problems, not exceptions; paths are relative to the folder.</summary>
public class ReviewProjectLoaderTests
{
    [Fact]
    public void MissingFolder()
    {
        var folder = Path.Combine(ReviewFiles.NewFolder(), "nope");
        var problem = Assert.Single(ReviewProjectLoader.Load(folder).Problems);
        Assert.Equal(ReviewProblemCode.FileNotFound, problem.Code);
        Assert.Equal($"{folder}:1:1: no folder '{folder}'", problem.ToString());
    }

    [Fact]
    public void FolderWithoutReviewFile_SuggestsInit()
    {
        var folder = ReviewFiles.NewFolder();
        var problem = Assert.Single(ReviewProjectLoader.Load(folder).Problems);
        Assert.Equal(ReviewProblemCode.FileNotFound, problem.Code);
        Assert.Equal($"{Path.Combine(folder, "review.yaml")}:1:1: no review.yaml in '{folder}'; run 'metareview init' to create one", problem.ToString());
    }

    [Fact]
    public void RecordFile_IsRelativeToTheFolder()
    {
        var folder = ReviewFiles.NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, "searches"));
        File.WriteAllText(Path.Combine(folder, "searches", "pubmed.ris"), "");
        File.WriteAllText(Path.Combine(folder, "review.yaml"), """
            title: T
            searches:
              - {database: PubMed, date: 2023-07-31, record_file: searches/pubmed.ris}
              - {database: CENTRAL, date: 2023-07-31, record_file: searches/central.ris}
            """);
        var result = ReviewProjectLoader.Load(folder);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ReviewProblemCode.FileNotFound, problem.Code);
        Assert.Equal(new ReviewLocation(Path.Combine(folder, "review.yaml"), 4, 56), problem.Location);
        Assert.Equal($"search 'CENTRAL': record_file 'searches/central.ris' does not exist (paths are relative to the project folder '{folder}')", problem.Message);
    }

    [Fact]
    public void SearchesAuthorsRegistrationAndQuestion_AreKept()
    {
        var folder = ReviewFiles.NewFolder();
        File.WriteAllText(Path.Combine(folder, "pubmed.ris"), "");
        File.WriteAllText(Path.Combine(folder, "review.yaml"), """
            title: T
            authors:
              - Ana Lima
              - {name: Rui Costa, affiliation: Universidade de Lisboa, orcid: 0000-0002-1825-0097}
            registration: {registry: PROSPERO, id: CRD42023000000}
            question:
              population: Adults with ALS
              study_design: Randomised controlled trials
            searches:
              - database: PubMed
                date: 2023-07
                strategy: |
                  ("amyotrophic lateral sclerosis"[MeSH] OR ALS) AND exercise
                record_file: pubmed.ris
            """);
        var project = ReviewProjectLoader.Load(folder).Project!;
        Assert.Equal([new ReviewAuthor("Ana Lima"), new ReviewAuthor("Rui Costa", "Universidade de Lisboa", "0000-0002-1825-0097")], project.Authors.AsEnumerable());
        Assert.Equal(new ReviewRegistration("PROSPERO", "CRD42023000000"), project.Registration);
        Assert.Equal(new ReviewQuestion(null, "Adults with ALS", null, null, null, "Randomised controlled trials"), project.Question);
        var search = Assert.Single(project.Searches);
        Assert.Equal(("PubMed", "2023-07", (int?)null, "pubmed.ris"), (search.Database, search.Date, search.Records, search.RecordFile));
        Assert.Equal("(\"amyotrophic lateral sclerosis\"[MeSH] OR ALS) AND exercise", search.Strategy);
        Assert.Equal(folder, project.Directory);
    }
}
