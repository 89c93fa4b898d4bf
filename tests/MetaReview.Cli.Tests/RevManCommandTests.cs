namespace MetaReview.Cli.Tests;

/// <summary>
/// What the RevMan verbs' tests share: the sample files of Fleiss (1993) kept with the reader's tests
/// (tests/MetaReview.Review.Tests/RevMan/Fixtures: a RevMan 5.0.23 review, RevMan 5's CSV export and a RevMan Web data
/// package; see its README.md), and a temporary folder removed after each test.
/// </summary>
public abstract class RevManCommandTests : IDisposable
{
    private static readonly Lazy<string> Fixtures = new(() =>
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

    /// <summary>Fleiss1993.rm5: full-precision results; outcome 1.2 (SMD) has none stored.</summary>
    protected static string Rm5 => Path.Combine(Fixtures.Value, "Fleiss1993.rm5");

    /// <summary>Fleiss1993_CR.csv: results rounded to 8 decimals; outcome 1.2 analysed as MD.</summary>
    protected static string Csv => Path.Combine(Fixtures.Value, "Fleiss1993_CR.csv");

    /// <summary>Fleiss1993.zip: results rounded to 6 decimals; zeros for the SMD outcome.</summary>
    protected static string Zip => Path.Combine(Fixtures.Value, "Fleiss1993.zip");

    /// <summary>A folder for this test's files.</summary>
    protected string Temp { get; } = Directory.CreateTempSubdirectory("metareview-revman-").FullName;

    public void Dispose()
    {
        Directory.Delete(Temp, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>A copy of <paramref name="sample"/> in <see cref="Temp"/> with one piece of text replaced.</summary>
    protected string Altered(string sample, string oldText, string newText)
    {
        var text = File.ReadAllText(sample, System.Text.Encoding.Latin1);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        var path = Path.Combine(Temp, Path.GetFileName(sample));
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal), System.Text.Encoding.Latin1);
        return path;
    }
}
