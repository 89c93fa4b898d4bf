using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using MetaReview.Reporting.Results;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Reporting.Tests.Results;

/// <summary>
/// The JSON, text and CSV writers of a subgroup analysis, on the BCG trials (Colditz et al. 1994) by allocation: every
/// documented key, values written at full precision, single-study subgroups marked, and the MH path without the
/// mixed-effects test. The numbers themselves are checked against metafor end to end in the command-line tests.
/// </summary>
public class SubgroupWritersTests
{
    [Fact]
    public void Json_WritesTheDocumentedKeys_AtFullPrecision()
    {
        var output = ByAllocation();
        var root = Json(output);
        Assert.Equal(["subgroup_analysis", "subgroups", "q_between", "subgroup_test"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["column", "tau2", "tau2_common", "excluded", "warnings", "conventions"], root.GetProperty("subgroup_analysis").EnumerateObject().Select(p => p.Name));
        var first = root.GetProperty("subgroups")[0];
        Assert.Equal(["name", "k", "estimate", "se", "ci_lower", "ci_upper", "tau2", "i2", "q", "q_df", "q_p", "back_transformed", "studies"],
            first.EnumerateObject().Select(p => p.Name));
        var model = output.Result.Levels[0].Analysis.Model;
        Assert.Equal("alternate", first.GetProperty("name").GetString());
        Assert.Equal(model.Estimate, first.GetProperty("estimate").GetDouble());
        Assert.Equal(model.StandardError, first.GetProperty("se").GetDouble());
        Assert.Equal(model.QP, first.GetProperty("q_p").GetDouble());
        Assert.Equal(Math.Exp(model.Estimate), first.GetProperty("back_transformed").GetProperty("estimate").GetDouble(), 15);
        Assert.Equal(["q", "df", "p_value", "i2"], root.GetProperty("q_between").EnumerateObject().Select(p => p.Name));
        Assert.Equal(output.Result.QBetween!.Q, root.GetProperty("q_between").GetProperty("q").GetDouble());
        Assert.Equal(["q", "df", "df_denominator", "p_value", "tau2_residual"], root.GetProperty("subgroup_test").EnumerateObject().Select(p => p.Name));
        Assert.Equal(output.Result.SubgroupTest!.Tau2Residual, root.GetProperty("subgroup_test").GetProperty("tau2_residual").GetDouble());
    }

    [Fact]
    public void Json_MantelHaenszel_HasNoMixedEffectsTest_AndSaysWhy()
    {
        var settings = new AnalysisSettings { Preset = Preset.RevMan5 };
        var result = SubgroupMetaAnalysis.Run(Bcg.Studies, Bcg.Alloc, Bcg.Options(settings));
        var root = Json(new SubgroupOutput("alloc", result, []));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("subgroup_test").ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("q_between").ValueKind);
        Assert.Contains(root.GetProperty("subgroup_analysis").GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("Mantel–Haenszel", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_ExcludedStudies_AreListedWithTheirReason()
    {
        var output = ByAllocation() with { Excluded = [new StudyNote("Aronson 1948", "dat.bcg.csv:2: no value in column 'alloc'")] };
        var excluded = Json(output).GetProperty("subgroup_analysis").GetProperty("excluded").EnumerateArray().Single();
        Assert.Equal("Aronson 1948", excluded.GetProperty("study").GetString());
        Assert.Equal("dat.bcg.csv:2: no value in column 'alloc'", excluded.GetProperty("reason").GetString());
    }

    [Fact]
    public void Text_MarksSingleStudySubgroups_AndGivesBothTests()
    {
        var result = SubgroupMetaAnalysis.Run(Bcg.Studies, Bcg.Year, Bcg.Options());
        var text = Text(new SubgroupOutput("year", result, []));
        var aronson = text.Split('\n').Single(l => l.StartsWith("1948 ", StringComparison.Ordinal));
        Assert.Equal(5, aronson.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(c => c == "–"));
        Assert.Contains("Subgroup '1948' has a single study (Aronson 1948): its estimate is that study's and its heterogeneity cannot be assessed.", text, StringComparison.Ordinal);
        Assert.Contains("Test for subgroup differences (RevMan, Q between subgroups): Q = ", text, StringComparison.Ordinal);
        Assert.Contains("Test for subgroup differences (mixed-effects model, common residual tau² = 0.8476): QM(df = 11) = 4.5473, p = .9511", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_FixedEffect_HasNoTau2Column()
    {
        var result = SubgroupMetaAnalysis.Run(Bcg.Studies, Bcg.Alloc, Bcg.Options(new AnalysisSettings { Model = EffectModel.Fixed }));
        var text = Text(new SubgroupOutput("alloc", result, []));
        Assert.StartsWith("Subgroups by alloc (fixed-effect model, inverse variance)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tau²  ", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_WritesOneRowPerSubgroup_AtFullPrecision()
    {
        var output = ByAllocation();
        var lines = Written.Text(w => SubgroupCsvWriter.Write(w, output)).TrimEnd('\n').Split('\n');
        Assert.Equal("subgroup,k,estimate,se,ci_lower,ci_upper,tau2,i2,q,q_df,q_p", lines[0]);
        Assert.Equal(4, lines.Length);
        var random = lines[2].Split(',');
        var model = output.Result.Levels[1].Analysis.Model;
        Assert.Equal("random", random[0]);
        Assert.Equal(model.Estimate, double.Parse(random[2], CultureInfo.InvariantCulture));
        Assert.Equal(model.QP, double.Parse(random[10], CultureInfo.InvariantCulture));
    }

    private static SubgroupOutput ByAllocation() =>
        new("alloc", SubgroupMetaAnalysis.Run(Bcg.Studies, Bcg.Alloc, Bcg.Options()), ImmutableArray<StudyNote>.Empty);

    private static JsonElement Json(SubgroupOutput output) => Written.Json(json => SubgroupJsonWriter.Write(json, output));

    private static string Text(SubgroupOutput output) => Written.Text(w => SubgroupTextWriter.Write(w, output));
}
