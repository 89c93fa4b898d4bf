using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using MetaReview.Reporting.Results;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.MetaRegression;
using MetaReview.Statistics.Models;

namespace MetaReview.Reporting.Tests.Results;

/// <summary>
/// The JSON, text and CSV writers of a meta-regression, on the BCG trials (Colditz et al. 1994) with latitude and
/// allocation: every documented key, values at full precision, back-transformed predictions, HKSJ labels, the
/// permutation columns. The numbers themselves are checked against metafor end to end in the command-line tests.
/// </summary>
public class MetaRegressionWritersTests
{
    [Fact]
    public void Json_WritesTheDocumentedKeys_AtFullPrecision()
    {
        var model = Bcg.MetaRegression("ablat + factor(alloc)");
        var metareg = Json(new MetaRegressionOutput(model, EffectMeasure.RR));
        Assert.Equal(
            ["formula", "model", "tau2_method", "test", "level", "heterogeneity_basis", "k", "coefficients", "df", "qm", "qm_df", "qm_df_denominator", "qm_p",
             "qe", "qe_df", "qe_p", "tau2", "tau2_se", "tau2_ci", "i2", "i2_ci", "h2", "h2_ci", "r2", "tests", "predictions", "permutation", "excluded",
             "warnings", "conventions"],
            metareg.EnumerateObject().Select(p => p.Name));
        var ablat = metareg.GetProperty("coefficients")[1];
        Assert.Equal(["name", "estimate", "se", "statistic", "p_value", "ci_lower", "ci_upper"], ablat.EnumerateObject().Select(p => p.Name));
        Assert.Equal("ablat", ablat.GetProperty("name").GetString());
        Assert.Equal(model.Coefficients[1].Estimate, ablat.GetProperty("estimate").GetDouble());
        Assert.Equal(model.Coefficients[1].PValue, ablat.GetProperty("p_value").GetDouble());
        Assert.Equal(model.Qm, metareg.GetProperty("qm").GetDouble());
        Assert.Equal(model.R2!.Value, metareg.GetProperty("r2").GetDouble());
        Assert.Equal("~ ablat + factor(alloc)", metareg.GetProperty("formula").GetString());
        Assert.Equal(JsonValueKind.Null, metareg.GetProperty("permutation").ValueKind);
        Assert.Equal(JsonValueKind.Null, metareg.GetProperty("df").ValueKind);
    }

    [Fact]
    public void Json_TestsPredictionsAndPermutations_AreWritten()
    {
        var model = Bcg.MetaRegression("ablat");
        var analysis = Bcg.Analysis();
        var permutation = PermutationTest.Run([.. analysis.Effects.Yi], [.. analysis.Effects.Vi], model.Design, analysis.Options.Model,
            new PermutationOptions { Iterations = 50, Seed = 11 });
        var output = new MetaRegressionOutput(model, EffectMeasure.RR)
        {
            Tests = [model.TestCoefficients("ablat")],
            Predictions = [new PredictionAt([new("ablat", "40")], model.Predict(40))],
            Permutation = permutation,
        };
        var metareg = Json(output);
        var test = metareg.GetProperty("tests").EnumerateArray().Single();
        Assert.Equal(["ablat"], test.GetProperty("coefficients").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(model.TestCoefficients("ablat").Statistic, test.GetProperty("statistic").GetDouble());
        var prediction = metareg.GetProperty("predictions").EnumerateArray().Single();
        Assert.Equal(40, prediction.GetProperty("at").GetProperty("ablat").GetDouble());
        Assert.Equal(Math.Exp(model.Predict(40).Estimate), prediction.GetProperty("back_transformed").GetProperty("estimate").GetDouble(), 15);
        var perm = metareg.GetProperty("permutation");
        Assert.Equal(["exact", "permutations", "distinct_permutations", "seed", "qm", "qm_p", "coefficients"], perm.EnumerateObject().Select(p => p.Name));
        Assert.Equal(11, perm.GetProperty("seed").GetInt32());
        Assert.Equal(permutation.QmP, perm.GetProperty("qm_p").GetDouble());
    }

    [Fact]
    public void Text_Knha_NamesTheTAndFDistributions()
    {
        var model = Bcg.MetaRegression("ablat", new AnalysisSettings { Test = TestMethod.Knha });
        var text = Text(new MetaRegressionOutput(model, EffectMeasure.RR));
        Assert.Matches(@"(?m)^Coefficient +Estimate +SE +t\(11\) +p +95% CI$", text);
        Assert.Contains("Test of moderators (ablat): F(df1 = 1, df2 = 11) = 12.5910, p = .0046", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_Predictions_AreBackTransformed_ForRatioMeasures()
    {
        var model = Bcg.MetaRegression("ablat + year");
        var output = new MetaRegressionOutput(model, EffectMeasure.RR)
        {
            Predictions = [new PredictionAt([new("ablat", "40"), new("year", "1970")], model.Predict(40, 1970))],
        };
        var text = Text(output);
        Assert.Contains("  at ablat = 40, year = 1970: -0.9081 (SE = 0.1584), 95% CI [-1.2186, -0.5975], 95% PI [-1.6306, -0.1856]\n", text, StringComparison.Ordinal);
        Assert.Contains("    Risk ratio: 0.4033, 95% CI [0.2956, 0.5502], 95% PI [0.1958, 0.8306]\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_FixedEffects_HasNoTau2AndNoR2()
    {
        var model = Bcg.MetaRegression("ablat", new AnalysisSettings { Model = EffectModel.Fixed });
        var text = Text(new MetaRegressionOutput(model, EffectMeasure.RR));
        Assert.StartsWith("Meta-regression ~ ablat (fixed-effects model; k = 13)\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Residual tau²", text, StringComparison.Ordinal);
        Assert.DoesNotContain("R² (heterogeneity accounted for)", text, StringComparison.Ordinal);
        Assert.Contains("Residual I² (from QE):", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_IsTheCoefficientTable_WithThePermutationColumnOnlyWhenRun()
    {
        var model = Bcg.MetaRegression("ablat + year");
        var lines = Written.Text(w => MetaRegressionCsvWriter.Write(w, new MetaRegressionOutput(model, EffectMeasure.RR))).TrimEnd('\n').Split('\n');
        Assert.Equal("coefficient,estimate,se,statistic,p_value,ci_lower,ci_upper", lines[0]);
        Assert.Equal(4, lines.Length);
        Assert.Equal(model.Coefficients[2].CiUpper, double.Parse(lines[3].Split(',')[6], CultureInfo.InvariantCulture));

        var analysis = Bcg.Analysis();
        var permutation = PermutationTest.Run([.. analysis.Effects.Yi], [.. analysis.Effects.Vi], model.Design, analysis.Options.Model,
            new PermutationOptions { Iterations = 20, Seed = 3 });
        var permuted = Written.Text(w => MetaRegressionCsvWriter.Write(w, new MetaRegressionOutput(model, EffectMeasure.RR) { Permutation = permutation })).Split('\n');
        Assert.EndsWith(",permutation_p_value", permuted[0], StringComparison.Ordinal);
        Assert.Equal(permutation.Coefficients[1].PValue, double.Parse(permuted[2].Split(',')[7], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AnalysisJson_PutsSubgroupsAndMetaRegressionAfterTheAnalysis()
    {
        var analysis = Bcg.Analysis();
        var output = new AnalysisOutput(analysis)
        {
            Subgroups = new SubgroupOutput("alloc", SubgroupMetaAnalysis.Run(Bcg.Studies, Bcg.Alloc, Bcg.Options()), ImmutableArray<StudyNote>.Empty),
            MetaRegression = new MetaRegressionOutput(Bcg.MetaRegression("ablat"), EffectMeasure.RR),
        };
        using var stream = new MemoryStream();
        AnalysisJsonWriter.Write(stream, output);
        var names = JsonDocument.Parse(stream.ToArray()).RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["warnings", "subgroup_analysis", "subgroups", "q_between", "subgroup_test", "metareg"], names.Skip(names.IndexOf("warnings")));
        Assert.Equal("measure", names[0]);
    }

    private static JsonElement Json(MetaRegressionOutput output) => Written.Json(json => MetaRegressionJsonWriter.Write(json, output)).GetProperty("metareg");

    private static string Text(MetaRegressionOutput output) => Written.Text(w => MetaRegressionTextWriter.Write(w, output));
}
