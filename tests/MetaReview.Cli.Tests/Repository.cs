namespace MetaReview.Cli.Tests;

/// <summary>The repository root (the folder with MetaReview.slnx), found from the test binaries' folder.</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "MetaReview.slnx")))
            {
                return d.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No MetaReview.slnx above {AppContext.BaseDirectory}: cannot locate the repository.");
    }
}
