using System.Diagnostics;
using MetaReview.Records.Deduplication;
using Xunit.Abstractions;

namespace MetaReview.Records.Tests.Deduplication;

/// <summary>Runs alone, so that the processor time measured is de-duplication's.</summary>
[CollectionDefinition(nameof(ScaleCollection), DisableParallelization = true)]
public sealed class ScaleCollection;

/// <summary>
/// 100,000 records in under 5 s. The records are the 2,544 real PubMed records of the Cohen (2006)
/// ACE-inhibitor review (shared/data/screening), each repeated about 40 times as exports repeat them: as
/// exported (with PMID), without the PMID and in capitals, without the PMID and the final full stop, and
/// with the year one later (online-first). Every article thus appears ~40 times — a worst case for blocks.
/// </summary>
[Collection(nameof(ScaleCollection))]
public class ScaleTests(ITestOutputHelper output)
{
    private const int Count = 100_000;

    [Fact]
    public void Deduplicate_100000Records_Under5SecondsOfProcessorTime()
    {
        var path = Path.Combine(SharedData.Citations, "..", "screening", "cohen2006_ace_inhibitors_synergy.csv");
        var cohen = RecordImporter.ImportFile(path);
        Assert.Equal(2544, cohen.Imported);
        var records = new List<Record>(Count);
        for (var copy = 0; records.Count < Count; copy++)
        {
            foreach (var r in cohen.Records.Take(Count - records.Count))
            {
                var variant = (copy % 4) switch
                {
                    0 => r,
                    1 => r with { Pmid = null, Title = r.Title?.ToUpperInvariant() },
                    2 => r with { Pmid = null, Title = r.Title?.TrimEnd('.') },
                    _ => r with { Year = r.Year + 1 },
                };
                records.Add(variant with { SourceFile = $"copy{copy}.csv" });
            }
        }

        Deduplicator.Deduplicate(records.Take(2000).ToList()); // JIT warm-up
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = Deduplicator.Deduplicate(records);
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        output.WriteLine(FormattableString.Invariant(
            $"{Count} records: {clock.Elapsed.TotalSeconds:0.00} s elapsed, {cpu.TotalSeconds:0.00} s processor time, {result.UniqueCount} groups, {result.ReviewPairs.Length} review pairs; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));

        // Every copy that kept its PMID joined the others with that PMID.
        var pmidGroups = result.Groups.SelectMany(g => g.Records.Select(r => r.Pmid).OfType<string>().Distinct().Select(p => (p, g))).GroupBy(x => x.p);
        Assert.All(pmidGroups, g => Assert.Single(g));
        Assert.Equal(Count, result.Groups.Sum(g => g.Members.Length));
        Assert.True(cpu.TotalSeconds < 5, FormattableString.Invariant($"de-duplicating {Count} records took {cpu.TotalSeconds:0.00} s of processor time"));
    }
}
