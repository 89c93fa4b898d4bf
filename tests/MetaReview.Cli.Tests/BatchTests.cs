using System.Text.Json;

namespace MetaReview.Cli.Tests;

/// <summary><c>metareview analyze --batch</c>: one result per line, in input order, bad lines reported in place.</summary>
public class BatchTests
{
    [Fact]
    public void Batch_WritesOneResultPerLineInOrder_AndReportsBadLines()
    {
        // Line 1: the BCG log risk ratios (escalc, first 3 trials); line 2: the same studies as arm data;
        // line 3: a line whose variance is negative (bad); line 4: the Fleiss 1993 aspirin trials, MH OR, RevMan 5.
        var file = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(file,
        [
            """{"id": "yi-vi", "measure": "RR", "tau2": "DL", "yi": [-0.8893113339202054, -1.5853886572014306, -1.3480731482996933], "vi": [0.32558476500396133, 0.19458112139814385, 0.41536796536796539]}""",
            """{"id": "arms", "tau2": "DL", "studies": [{"study": "Aronson 1948", "events_e": 4, "n_e": 123, "events_c": 11, "n_c": 139}, {"study": "Ferguson & Simes 1949", "events_e": 6, "n_e": 306, "events_c": 29, "n_c": 303}, {"study": "Rosenthal 1960", "events_e": 3, "n_e": 231, "events_c": 11, "n_c": 220}]}""",
            """{"id": "bad", "yi": [0.1, 0.2], "vi": [0.01, -0.02]}""",
            """{"id": "fleiss", "measure": "OR", "preset": "revman5", "studies": [{"study": "MRC-1", "events_e": 49, "n_e": 615, "events_c": 67, "n_c": 624}, {"study": "CDP", "events_e": 44, "n_e": 758, "events_c": 64, "n_c": 771}, {"study": "MRC-2", "events_e": 102, "n_e": 832, "events_c": 126, "n_c": 850}, {"study": "GASP", "events_e": 32, "n_e": 317, "events_c": 38, "n_c": 309}, {"study": "PARIS", "events_e": 85, "n_e": 810, "events_c": 52, "n_c": 406}, {"study": "AMIS", "events_e": 246, "n_e": 2267, "events_c": 219, "n_c": 2257}, {"study": "ISIS-2", "events_e": 1570, "n_e": 8587, "events_c": 1720, "n_c": 8600}]}""",
        ]);
        try
        {
            var (exit, output, error) = Cli.Run("analyze", "--batch", file);
            Assert.Equal(2, exit);
            Assert.Contains("1 of 4 batch lines could not be analysed", error, StringComparison.Ordinal);
            var lines = output.TrimEnd('\n').Split('\n');
            Assert.Equal(4, lines.Length);
            var results = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(["yi-vi", "arms", "bad", "fleiss"], results.Select(r => r.GetProperty("id").GetString()));

            // The same three trials given as yi/vi or as arm data pool identically.
            Tolerance.Relative(results[0].GetProperty("estimate").GetDouble(), results[1].GetProperty("estimate").GetDouble(), 1e-12, "estimate");
            Tolerance.Relative(results[0].GetProperty("tau2").GetDouble(), results[1].GetProperty("tau2").GetDouble(), 1e-12, "tau2");

            Assert.Equal(3, results[2].GetProperty("line").GetInt32());
            Assert.Contains("variance must be > 0", results[2].GetProperty("error").GetString(), StringComparison.Ordinal);

            Tolerance.Published(0.89686556, results[3].GetProperty("back_transformed").GetProperty("estimate").GetDouble(), 8);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Batch_KeepsInputOrderAcrossBlocks_AndWritesTextAsUtf8()
    {
        // 9,000 lines (more than two blocks of 4,096) alternating the BCG log risk ratios (escalc, first 3 trials) with
        // a line whose variance is zero, so results and errors interleave; blank lines are skipped but counted.
        var file = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(file, Enumerable.Range(1, 9000).Select(i => i % 1000 == 0
            ? ""
            : i % 7 == 0
                ? $$"""{"id": "line-{{i}}", "yi": [0.1, 0.2], "vi": [0.01, 0]}"""
                : $$"""{"id": "line-{{i}}", "measure": "RR", "tau2": "REML", "yi": [-0.8893113339202054, -1.5853886572014306, -1.3480731482996933], "vi": [0.32558476500396133, 0.19458112139814385, 0.41536796536796539]}"""));
        try
        {
            var (exit, output, _) = Cli.Run("analyze", "--batch", file);
            Assert.Equal(2, exit);
            var lines = output.TrimEnd('\n').Split('\n');
            var expected = Enumerable.Range(1, 9000).Where(i => i % 1000 != 0).ToArray();
            Assert.Equal(expected.Select(i => $"line-{i}"), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
            var bad = lines.Select(l => JsonDocument.Parse(l).RootElement).Where(r => r.TryGetProperty("error", out _)).ToArray();
            Assert.Equal(expected.Where(i => i % 7 == 0).ToArray(), bad.Select(r => r.GetProperty("line").GetInt32()).ToArray());

            // The conventions are written as UTF-8 text ("tau²", "−"), not as \u escapes.
            Assert.Contains("\"tau²: REML", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain("\\u00B2", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Batch_ArmData_IsCheckedAsADataFile_WithColumnsMatchedIgnoringCase()
    {
        // The first 3 BCG trials (Colditz et al. 1994) as arm data; the second row spells its columns in capitals, and
        // the second line has more events than participants.
        var file = Path.Combine(Path.GetTempPath(), $"batch-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(file,
        [
            """{"id": "mixed-case", "tau2": "DL", "measure": "RR", "studies": [{"study": "Aronson 1948", "events_e": 4, "n_e": 123, "events_c": 11, "n_c": 139}, {"STUDY": "Ferguson & Simes 1949", "EVENTS_E": 6, "N_E": 306, "EVENTS_C": 29, "N_C": 303}, {"study": "Rosenthal 1960", "events_e": 3, "n_e": 231, "events_c": 11, "n_c": 220}]}""",
            """{"id": "too-many-events", "measure": "RR", "studies": [{"study": "Aronson 1948", "events_e": 400, "n_e": 123, "events_c": 11, "n_c": 139}, {"study": "Rosenthal 1960", "events_e": 3, "n_e": 231, "events_c": 11, "n_c": 220}]}""",
        ]);
        try
        {
            var (exit, output, _) = Cli.Run("analyze", "--batch", file);
            Assert.Equal(2, exit);
            var results = output.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToArray();
            Assert.Equal(3, results[0].GetProperty("k").GetInt32());
            Assert.Equal("Ferguson & Simes 1949", results[0].GetProperty("studies")[1].GetProperty("study").GetString());

            // DerSimonian-Laird pooled log RR of these three trials: metafor 4.x, rma(measure = "RR", ai = tpos,
            // n1i = tpos + tneg, ci = cpos, n2i = cpos + cneg, data = dat.bcg[1:3, ], method = "DL") gives -1.3302341492427767.
            Tolerance.Relative(-1.3302341492427767, results[0].GetProperty("estimate").GetDouble(), 1e-9, "estimate");

            var error = results[1].GetProperty("error").GetString()!;
            Assert.Contains($"{file} line 2", error, StringComparison.Ordinal);
            Assert.Contains("events_e", error, StringComparison.Ordinal);
            Assert.Contains("400", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
