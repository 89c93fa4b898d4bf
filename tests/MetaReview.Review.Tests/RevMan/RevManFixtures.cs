namespace MetaReview.Review.Tests.RevMan;

/// <summary>
/// The sample RevMan files in Fixtures/ (Fleiss 1993 as a RevMan 5.0.23 review, RevMan 5's CSV export and a RevMan Web
/// data package; see Fixtures/README.md), found from the test's output folder up to the repository.
/// </summary>
internal static class RevManFixtures
{
    public static string Rm5 => PathOf("Fleiss1993.rm5");

    public static string Csv => PathOf("Fleiss1993_CR.csv");

    public static string Zip => PathOf("Fleiss1993.zip");

    public static string PathOf(string name) => Path.Combine(Folder.Value, name);

    private static readonly Lazy<string> Folder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "MetaReview.Review.Tests", "RevMan", "Fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/MetaReview.Review.Tests/RevMan/Fixtures not found above " + AppContext.BaseDirectory);
    });
}
