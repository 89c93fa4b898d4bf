using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using CsvHelper;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.RevMan;

/// <summary>
/// Writes MetaReview outcomes for RevMan Web in the layout of a Cochrane data package (data package specification,
/// version 1, "Analysis data"): <c>*-data-rows.csv</c> with a row per study (study, year, arm data),
/// <c>*-overall-estimates-and-settings.csv</c> with each analysis's settings, and an empty
/// <c>*-subgroup-estimates.csv</c>. The columns and words are those of RevMan Web's own export (the Fleiss 1993 sample):
/// UTF-8 with a byte order mark, comma separated, numbers in the invariant culture at full precision. Result columns
/// (weights, estimates, intervals) are left empty: RevMan computes them. See docs/revman.md.
/// </summary>
public static class RevManExport
{
    /// <summary>The data-rows columns, as RevMan Web writes them.</summary>
    public static ImmutableArray<string> DataRowsColumns { get; } =
    [
        "Analysis group", "Analysis number", "Analysis name", "Subgroup", "Applicability", "Study", "Study year", "GIV Mean", "GIV SE",
        "Experimental mean", "Experimental SD", "Experimental cases", "Experimental N", "Control mean", "Control SD", "Control cases", "Control N",
        "O-E", "Variance", "Weight", "Mean", "CI start", "CI end", "Footnotes",
    ];

    /// <summary>The overall-estimates-and-settings columns, as RevMan Web writes them.</summary>
    public static ImmutableArray<string> SettingsColumns { get; } =
    [
        "Analysis group", "Analysis number", "Analysis name", "Analysis group name", "Data source", "Data source eligibility", "Data type",
        "Log-scale data", "Outcome", "Intervention grouping", "Experimental intervention", "Control intervention", "Subgroup by", "Filter criteria",
        "Experimental group label", "Control group label", "Statistical method", "Effect measure", "Unit of effect measure", "Analysis model",
        "Subgroup estimates", "Overall estimates", "Test for subgroup differences", "Swap event and non-event", "Study CI", "Estimate CI",
        "Experimental cases", "Experimental N", "Control cases", "Control N", "Mean", "CI start", "CI end", "Heterogeneity Tau²",
        "Heterogeneity Chi²", "Heterogeneity df", "Heterogeneity P", "Heterogeneity I²", "Effect Z", "Effect P", "Subgroup Chi²", "Subgroup df",
        "Subgroup P", "Subgroup I²", "ID",
    ];

    /// <summary>The subgroup-estimates columns, as RevMan Web writes them.</summary>
    public static ImmutableArray<string> SubgroupColumns { get; } =
    [
        "Analysis group", "Analysis number", "Subgroup", "Subgroup number", "Experimental cases", "Experimental N", "Control cases", "Control N",
        "Weight", "Mean", "CI start", "CI end", "Heterogeneity Tau²", "Heterogeneity Chi²", "Heterogeneity df", "Heterogeneity P",
        "Heterogeneity I²", "Effect Z", "Effect P", "ID",
    ];

    /// <summary>What stops an analysis from being written for RevMan, as sentences naming the study and value; empty when it can be.</summary>
    public static ImmutableArray<string> Validate(RevManExportAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var problems = ImmutableArray.CreateBuilder<string>();
        var expected = analysis.Measure switch
        {
            EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD or EffectMeasure.PETO => DataType.Binary,
            EffectMeasure.MD or EffectMeasure.SMD => DataType.Continuous,
            EffectMeasure.GEN => DataType.Generic,
            _ => (DataType?)null,
        };
        if (expected is null)
        {
            problems.Add($"Analysis '{analysis.Name}': RevMan has no {analysis.Measure.DisplayName().ToLowerInvariant()} ({analysis.Measure}); write it as generic estimates (measure GEN) with their SEs.");
            return problems.ToImmutable();
        }

        if (analysis.Method == PoolingMethod.MH && analysis.Measure is not (EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD))
        {
            problems.Add($"Analysis '{analysis.Name}': Mantel–Haenszel pools RR, OR and RD, not {analysis.Measure}.");
        }

        if (!(analysis.Level > 0 && analysis.Level < 1))
        {
            problems.Add($"Analysis '{analysis.Name}': the confidence level must be between 0 and 1, got {analysis.Level.ToString(CultureInfo.InvariantCulture)}.");
        }

        foreach (var s in analysis.Studies)
        {
            if (s.Input.Data.DataType != expected)
            {
                problems.Add($"Analysis '{analysis.Name}', study '{s.Input.Study}': {s.Input.Data.DataType.ToString().ToLowerInvariant()} data cannot go into a {analysis.Measure} analysis ({expected.Value.ToString().ToLowerInvariant()} data expected).");
            }
        }

        return problems.ToImmutable();
    }

    /// <summary>Writes the data-rows file: one row per study of each analysis.</summary>
    /// <exception cref="ArgumentException">When an analysis fails <see cref="Validate"/>; the message lists every problem.</exception>
    public static void WriteDataRows(IReadOnlyList<RevManExportAnalysis> analyses, TextWriter writer)
    {
        Check(analyses);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = Writer(writer);
        csv.WriteRecord(DataRowsColumns.ToArray());
        foreach (var a in analyses)
        {
            foreach (var s in a.Studies)
            {
                var f = new string[DataRowsColumns.Length];
                Array.Fill(f, "");
                f[0] = Int(a.ComparisonNumber);
                f[1] = Int(a.Number);
                f[2] = a.Name;
                f[3] = s.Subgroup ?? "";
                f[4] = "SUBGROUP_AND_OVERALL";
                f[5] = s.Input.Study;
                f[6] = s.Year ?? "";
                switch (s.Input.Data)
                {
                    case GenericData g:
                        f[7] = Num(g.Yi);
                        f[8] = Num(Math.Sqrt(g.Vi));
                        break;
                    case ContinuousArms c:
                        (f[9], f[10], f[12], f[13], f[14], f[16]) = (Num(c.MeanE), Num(c.SdE), Num(c.NE), Num(c.MeanC), Num(c.SdC), Num(c.NC));
                        break;
                    case BinaryArms b:
                        (f[11], f[12], f[15], f[16]) = (Num(b.EventsE), Num(b.NE), Num(b.EventsC), Num(b.NC));
                        break;
                }

                f[23] = s.Footnotes ?? "";
                csv.WriteRecord(f);
            }
        }
    }

    /// <summary>Writes the overall-estimates-and-settings file: each analysis's settings, estimates left empty.</summary>
    /// <exception cref="ArgumentException">When an analysis fails <see cref="Validate"/>.</exception>
    public static void WriteSettings(IReadOnlyList<RevManExportAnalysis> analyses, TextWriter writer)
    {
        Check(analyses);
        ArgumentNullException.ThrowIfNull(writer);
        using var csv = Writer(writer);
        csv.WriteRecord(SettingsColumns.ToArray());
        foreach (var a in analyses)
        {
            var f = new string[SettingsColumns.Length];
            Array.Fill(f, "");
            var subgroups = a.Studies.Any(s => s.Subgroup is not null);
            f[0] = Int(a.ComparisonNumber);
            f[1] = Int(a.Number);
            f[2] = a.Name;
            f[3] = a.ComparisonName;
            f[4] = "Custom input";
            f[5] = "#N/A";
            f[6] = a.Measure switch
            {
                EffectMeasure.MD or EffectMeasure.SMD => "Continuous",
                EffectMeasure.GEN => "Contrast level",
                _ => "Dichotomous",
            };
            f[7] = Bool(a.Measure is EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.PETO || (a.Measure == EffectMeasure.GEN && a.GenericLogScale));
            f[14] = a.ExperimentalLabel;
            f[15] = a.ControlLabel;
            f[16] = (a.Method ?? DefaultMethod(a.Measure)) switch
            {
                PoolingMethod.MH => "MH",
                PoolingMethod.Peto => "Peto",
                _ => "IV",
            };
            f[17] = a.Measure switch
            {
                EffectMeasure.OR => "Odds Ratio",
                EffectMeasure.RR => "Risk Ratio",
                EffectMeasure.RD => "Risk Difference",
                EffectMeasure.PETO => "Peto Odds Ratio",
                EffectMeasure.MD => "Mean Difference",
                EffectMeasure.SMD => "Std. Mean Difference",
                _ => a.GenericMeasureName ?? "Estimate",
            };
            f[18] = a.Units ?? "";
            f[19] = a.Model == EffectModel.Random ? "Random effect" : "Fixed effect";
            f[20] = Bool(subgroups);
            f[21] = Bool(true);
            f[22] = Bool(subgroups);
            f[23] = Bool(a.SwapEvents);
            f[24] = f[25] = (a.Level * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
            csv.WriteRecord(f);
        }
    }

    /// <summary>
    /// Writes a ZIP in the layout of a Cochrane data package: <c>{id}-analysis-data/{id}-data-rows.csv</c>,
    /// <c>…-overall-estimates-and-settings.csv</c> and <c>…-subgroup-estimates.csv</c> (header only).
    /// <see cref="RevManReader"/> reads it back.
    /// </summary>
    /// <exception cref="ArgumentException">When an analysis fails <see cref="Validate"/>, or the identifier is not a plain file name.</exception>
    public static void WriteDataPackage(IReadOnlyList<RevManExportAnalysis> analyses, Stream output, string reviewId = "MetaReview")
    {
        Check(analyses);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewId);
        if (reviewId.IndexOfAny(['/', '\\', ':']) >= 0 || reviewId.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"The review identifier must be a plain name, got '{reviewId}'.", nameof(reviewId));
        }

        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var folder = $"{reviewId}-analysis-data/{reviewId}";
        Entry(zip, $"{folder}-overall-estimates-and-settings.csv", w => WriteSettings(analyses, w));
        Entry(zip, $"{folder}-data-rows.csv", w => WriteDataRows(analyses, w));
        Entry(zip, $"{folder}-subgroup-estimates.csv", w =>
        {
            using var csv = Writer(w);
            csv.WriteRecord(SubgroupColumns.ToArray());
        });
    }

    private static void Entry(ZipArchive zip, string name, Action<TextWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        write(writer);
    }

    private static void Check(IReadOnlyList<RevManExportAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        var problems = analyses.SelectMany(a => Validate(a)).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, problems), nameof(analyses));
        }
    }

    private static PoolingMethod DefaultMethod(EffectMeasure measure) => measure switch
    {
        EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD => PoolingMethod.MH,
        EffectMeasure.PETO => PoolingMethod.Peto,
        _ => PoolingMethod.IV,
    };

    // Formula-like values are not escaped: study data must round-trip exactly ("-0.5" is a number, not a formula).
    private static CsvWriter Writer(TextWriter writer) => CsvWriter.Create(writer, new CsvWriterOptions
    {
        Separator = ',',
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
    }, true);

    private static string Num(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
