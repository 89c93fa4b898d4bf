using System.Collections.Immutable;

namespace MetaReview.Records.Tests.Deduplication;

/// <summary>All 39 shared export samples imported together, with record keys relative to the samples directory (as in the labels).</summary>
internal static class SampleExports
{
    private static readonly Lazy<ImmutableArray<Record>> All = new(Load);

    public static ImmutableArray<Record> Records => All.Value;

    private static ImmutableArray<Record> Load()
    {
        var files = Directory.GetFiles(SharedData.Citations, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("SOURCES.md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        var batch = RecordImporter.ImportFiles(files);
        return [.. batch.Records.Select(r => r with { SourceFile = Path.GetRelativePath(SharedData.Citations, r.SourceFile).Replace('\\', '/') })];
    }
}
