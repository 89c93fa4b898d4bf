namespace MetaReview.Review.RevMan;

/// <summary>
/// Limits that protect the reader from files too large to be real reviews and from crafted archives (ZIP bombs).
/// Defaults suit every Cochrane review seen so far by a wide margin.
/// </summary>
public sealed record RevManReaderOptions
{
    /// <summary>The largest file read, in bytes (default 100 MB). Larger files are refused, not truncated.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>The largest uncompressed size of one ZIP entry that is read, in bytes (default 100 MB).</summary>
    public long MaxEntryBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>The largest total of uncompressed bytes read from one archive, nested archives included (default 200 MB).</summary>
    public long MaxTotalUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>The most entries an archive may list (default 10,000).</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>
    /// The largest ratio of uncompressed to compressed size accepted for an entry larger than 1 MB (default 200).
    /// Text compresses about 5 to 20 times; a ZIP bomb by thousands.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>The default limits.</summary>
    public static RevManReaderOptions Default { get; } = new();
}
