namespace MetaReview.Review.Tests;

/// <summary>Paths in the repository, found from the test binaries' folder.</summary>
internal static class Repository
{
    /// <summary>The repository root (the folder with MetaReview.slnx).</summary>
    public static string Root { get; } = Find();

    /// <summary>A path below the root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "MetaReview.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("MetaReview.slnx not found above " + AppContext.BaseDirectory);
    }
}
