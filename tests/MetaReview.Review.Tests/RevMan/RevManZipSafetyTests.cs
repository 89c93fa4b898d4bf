using System.IO.Compression;
using MetaReview.Review.RevMan;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>
/// Cochrane data packages are read in memory within limits: entries whose names leave the archive are skipped, ZIP
/// bombs and oversized entries are refused, and a damaged archive is a located error. The packages are rebuilt from the
/// Fleiss 1993 sample's own CSV files, with hostile entries added.
/// </summary>
public class RevManZipSafetyTests
{
    private static readonly Lazy<Dictionary<string, byte[]>> PackageFiles = new(() =>
    {
        // The sample's analysis and study CSVs, from the data.zip nested in Fleiss1993.zip.
        using var outer = ZipFile.OpenRead(RevManFixtures.Zip);
        var nested = outer.Entries.Single(e => e.Name.EndsWith("-data.zip", StringComparison.Ordinal));
        using var nestedStream = new MemoryStream();
        using (var s = nested.Open())
        {
            s.CopyTo(nestedStream);
        }

        using var inner = new ZipArchive(nestedStream, ZipArchiveMode.Read);
        return inner.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, e =>
            {
                using var s = e.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                return m.ToArray();
            });
    });

    [Fact]
    public void RepackagedSample_ReadsAsTheOriginal()
    {
        var read = RevManReader.Read(Zip(PackageFiles.Value), "flat.zip");
        Assert.False(read.HasErrors);
        Assert.Equal(7, read.Review!.Comparisons[0].Outcomes[0].Rows.Length);
    }

    [Fact]
    public void PathTraversalEntries_AreSkipped_AndReported()
    {
        var files = new Dictionary<string, byte[]>(PackageFiles.Value)
        {
            ["../../evil-data-rows.csv"] = "Analysis group,Analysis number,Study\n1,1,Evil\n"u8.ToArray(),
            ["/etc/cron.d/x-risk-of-bias.csv"] = "Study\nEvil\n"u8.ToArray(),
        };
        var read = RevManReader.Read(Zip(files), "traversal.zip");
        var errors = read.Errors.ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal("traversal.zip!../../evil-data-rows.csv", errors[^2].Location.File);
        Assert.Contains("outside the archive", errors[^2].Message, StringComparison.Ordinal);
        Assert.Equal("traversal.zip!/etc/cron.d/x-risk-of-bias.csv", errors[^1].Location.File);
        Assert.DoesNotContain(read.Review!.Outcomes.SelectMany(o => o.AllRows), r => r.StudyName == "Evil");
    }

    [Fact]
    public void ZipBomb_HighCompressionRatio_IsRefused()
    {
        // 50 MB of zeros deflates to about 50 kB: a ratio near 1000.
        var files = new Dictionary<string, byte[]>(PackageFiles.Value) { ["bomb/zeros-study-information.csv"] = new byte[50 * 1024 * 1024] };
        var read = RevManReader.Read(Zip(files), "bomb.zip");
        var error = Assert.Single(read.Errors);
        Assert.Equal("bomb.zip!bomb/zeros-study-information.csv", error.Location.File);
        Assert.Contains("ZIP bomb", error.Message, StringComparison.Ordinal);
        Assert.Contains("52,428,800 bytes", error.Message, StringComparison.Ordinal);
        Assert.NotNull(read.Review); // the rest of the package is still read
    }

    [Fact]
    public void EntryOverTheSizeLimit_IsRefused()
    {
        var options = new RevManReaderOptions { MaxEntryBytes = 2000 };
        var read = RevManReader.Read(Zip(PackageFiles.Value), "package.zip", options);
        Assert.Contains(read.Errors, e => e.Location.File.EndsWith("-data-rows.csv", StringComparison.Ordinal)
            && e.Message.StartsWith("The entry expands to 2,164 bytes, over the limit of 2,000 bytes per entry", StringComparison.Ordinal));
        Assert.Null(read.Review); // without its data rows the package cannot be read
        Assert.Contains(read.Errors, e => e.Message.StartsWith("No '*-data-rows.csv' file in the archive", StringComparison.Ordinal));
    }

    [Fact]
    public void TotalUncompressedSize_IsLimited()
    {
        var options = new RevManReaderOptions { MaxTotalUncompressedBytes = 3000 };
        var read = RevManReader.Read(Zip(PackageFiles.Value), "package.zip", options);
        Assert.Contains(read.Errors, e => e.Message.Contains("3,000 bytes per archive", StringComparison.Ordinal));
    }

    [Fact]
    public void TooManyEntries_AreRefused()
    {
        var options = new RevManReaderOptions { MaxEntries = 3 };
        var read = RevManReader.Read(Zip(PackageFiles.Value), "package.zip", options);
        Assert.Null(read.Review);
        Assert.StartsWith("The archive lists 5 entries; the limit is 3.", read.Errors.First().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DamagedArchive_IsALocatedError()
    {
        var bytes = Zip(PackageFiles.Value);
        var cut = bytes[..(bytes.Length / 2)];
        var read = RevManReader.Read(cut, "cut.zip");
        Assert.Null(read.Review);
        Assert.Equal("cut.zip", read.Errors.First().Location.File);
        Assert.StartsWith("Not a valid ZIP archive", read.Errors.First().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreeLevelsOfNesting_AreNotOpened()
    {
        var innermost = Zip(PackageFiles.Value);
        var middle = Zip(new Dictionary<string, byte[]> { ["inner-data.zip"] = innermost });
        var outer = Zip(new Dictionary<string, byte[]> { ["middle.zip"] = middle });
        var read = RevManReader.Read(outer, "deep.zip");
        Assert.Null(read.Review);
        Assert.Contains(read.Problems, p => !p.IsError && p.Location.File == "deep.zip!middle.zip!inner-data.zip" && p.Message.StartsWith("An archive inside an archive", StringComparison.Ordinal));
    }

    [Fact]
    public void DiagnosticTestAccuracyPackage_IsRefusedWithTheReason()
    {
        var files = new Dictionary<string, byte[]>(PackageFiles.Value) { ["CD000000-analysis-data/CD000000-parameters.csv"] = "Parameter\n"u8.ToArray() };
        var read = RevManReader.Read(Zip(files), "dta.zip");
        Assert.Null(read.Review);
        Assert.Contains("diagnostic test accuracy", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
    }

    internal static byte[] Zip(Dictionary<string, byte[]> files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var s = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                s.Write(content);
            }
        }

        return buffer.ToArray();
    }
}
