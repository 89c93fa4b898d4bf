namespace MetaReview.Records.Tests;

/// <summary>
/// The real export samples in the shared data directory, <c>&lt;repository&gt;/../shared/data/citations</c>
/// (provenance, record counts and quirks in its SOURCES.md). Tests that need them fail with a message
/// saying where they were looked for; they never pass silently without them.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> Root = new(FindCitations);

    /// <summary>The citations directory.</summary>
    public static string Citations => Root.Value;

    /// <summary>The full path of a sample, e.g. <c>Path("ris/embase_asreview.ris")</c>.</summary>
    public static string PathOf(string relative)
    {
        var path = System.IO.Path.Combine(Citations, relative);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The shared export sample '{relative}' is missing: expected it at {path}.", path);
        }

        return path;
    }

    /// <summary>Imports a sample with default options (detection from content).</summary>
    public static ImportResult Import(string relative, ImportOptions? options = null) =>
        RecordImporter.ImportFile(PathOf(relative), options);

    /// <summary>The repository root: the nearest directory above the test binaries holding MetaReview.slnx.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MetaReview.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No MetaReview.slnx above {AppContext.BaseDirectory}: cannot locate the repository.");
    }

    private static string FindCitations()
    {
        var root = RepositoryRoot();
        var citations = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, "..", "shared", "data", "citations"));
        if (!Directory.Exists(citations))
        {
            throw new DirectoryNotFoundException(
                $"The shared export samples are missing: expected the directory {citations} (the repository's ../shared/data/citations). "
                + "The import and de-duplication tests read real exports from it and cannot run without it.");
        }

        return citations;
    }
}
