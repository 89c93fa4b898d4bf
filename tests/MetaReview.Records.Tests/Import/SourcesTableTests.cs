using System.Globalization;
using System.Text.RegularExpressions;

namespace MetaReview.Records.Tests.Import;

/// <summary>
/// Every sample listed in shared/data/citations/SOURCES.md imports with the record count its "Records"
/// column gives (the leading number), and every file in the directory is listed there.
/// </summary>
public partial class SourcesTableTests
{
    [GeneratedRegex(@"^\| `(?<file>[^`]+)` \|")]
    private static partial Regex Row();

    public static TheoryData<string, int> Samples()
    {
        var data = new TheoryData<string, int>();
        foreach (var (file, records) in Table())
        {
            data.Add(file, records);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ImportsTheRecordCountSourcesGives(string file, int records)
    {
        var result = SharedData.Import(file);
        Assert.False(result.Failed, string.Join('\n', result.Problems));
        Assert.Equal(records, result.Imported);
        Assert.Equal(result.Read, result.Imported + result.Skipped);
        // Only the two deliberately broken samples have malformed records, and each is placed.
        var broken = file is "ris/edge_corrupted_jabref.ris" or "medline/medline_multi_malformed_jabref.txt";
        Assert.Equal(broken, result.Skipped > 0);
        Assert.All(result.Errors, e => Assert.True(e.Line > 0 && e.Column > 0, e.ToString()));
    }

    [Fact]
    public void EveryFileInTheDirectory_IsInTheTable()
    {
        var listed = Table().Select(t => t.File).Order(StringComparer.Ordinal).ToList();
        var present = Directory.GetFiles(SharedData.Citations, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SharedData.Citations, f).Replace('\\', '/'))
            .Where(f => f != "SOURCES.md")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(39, present.Count);
        Assert.Equal(present, listed);
    }

    private static IEnumerable<(string File, int Records)> Table()
    {
        foreach (var line in File.ReadLines(SharedData.PathOf("SOURCES.md")))
        {
            var m = Row().Match(line);
            if (!m.Success || line.Contains("../screening/", StringComparison.Ordinal))
            {
                continue;
            }

            // | File | Format | Origin repo | Path | Commit | Blob | Licence | Records | …
            var cells = line.Split('|');
            var records = Regex.Match(cells[8], @"\d+").Value;
            yield return (m.Groups["file"].Value, int.Parse(records, CultureInfo.InvariantCulture));
        }
    }
}
