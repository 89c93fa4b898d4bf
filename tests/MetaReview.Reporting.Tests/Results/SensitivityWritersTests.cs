using System.Text.Json;
using MetaReview.Reporting.Results;
using MetaReview.Statistics.Sensitivity;
using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Reporting.Tests.Results;

/// <summary>
/// The sensitivity and small-study writers on the BCG trials (Colditz et al. 1994): the documented JSON keys in order,
/// the GOSH bit strings, and the CSV table. Values are metafor's (metafor 3.8-1, R 4.2.2, after
/// <c>res &lt;- rma(yi, vi, data=escalc("RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg))</c>).
/// </summary>
public class SensitivityWritersTests
{
    private static readonly Statistics.Analysis.AnalysisResult Analysis = Bcg.Analysis();
    private static readonly double[] Yi = [.. Analysis.Effects.Yi];
    private static readonly double[] Vi = [.. Analysis.Effects.Vi];

    [Fact]
    public void Colditz1994_LeaveOneOutAndInfluence_HaveTheDocumentedKeys()
    {
        var output = new SensitivityOutput(Analysis.Effects.Studies)
        {
            LeaveOneOut = LeaveOneOut.Fit(Yi, Vi, Analysis.Options.Model),
            Influence = Influence.Compute(Yi, Vi, Analysis.Options.Model),
        };
        var root = Written.Json(json => SensitivityJsonWriter.Write(json, output));
        Assert.Equal(["sensitivity", "leave_one_out", "influence"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["omitted", "k", "estimate", "se", "ci_lower", "ci_upper", "tau2", "i2", "q"], root.GetProperty("leave_one_out")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["study", "rstudent", "dffits", "cook_d", "cov_r", "tau2_del", "qe_del", "hat", "weight_percent", "dfbetas", "influential"],
            root.GetProperty("influence")[0].EnumerateObject().Select(p => p.Name));

        // leave1out(res)$estimate[8]
        Assert.Equal("TPT Madras 1980", root.GetProperty("leave_one_out")[7].GetProperty("omitted").GetString());
        Near(-0.79476760451552153, root.GetProperty("leave_one_out")[7].GetProperty("estimate").GetDouble(), 1e-6);
    }

    [Fact]
    public void Colditz1994_SmallStudyTests_HaveTheDocumentedKeys()
    {
        var output = new SmallStudyOutput
        {
            Egger = EggerTest.MixedEffects(Yi, Vi, Analysis.Options.Model),
            EggerLm = EggerTest.Classical(Yi, Vi),
            Begg = RankCorrelationTest.Run(Yi, Vi),
            TrimFill = TrimAndFill.Run(Yi, Vi),
            Fsn = FailSafeN.Compute(Yi, Vi),
            Notes = ["peters, harbord: not odds ratios"],
        };
        var root = Written.Json(json => SmallStudyJsonWriter.Write(json, output));
        Assert.Equal(["egger", "egger_lm", "begg", "trimfill", "fsn", "peters", "harbord", "pet_peese", "small_study_notes"], root.EnumerateObject().Select(p => p.Name));
        string[] regression = ["k", "statistic", "df", "p_value", "slope", "slope_se", "limit_estimate", "limit_ci_lower", "limit_ci_upper", "tau2", "warnings"];
        Assert.Equal(regression, root.GetProperty("egger").EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("peters").ValueKind);

        // regtest(res)$zval; trimfill(res)$k0 and the filled study; fsn(yi, vi)$fsnum
        Near(-0.803329193090803972, root.GetProperty("egger").GetProperty("statistic").GetDouble(), 1e-6);
        Assert.Equal(1, root.GetProperty("trimfill").GetProperty("k0").GetInt32());
        Assert.Equal(["yi", "vi", "mirror_of"], root.GetProperty("trimfill").GetProperty("filled")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(598, root.GetProperty("fsn").GetProperty("rosenthal").GetInt64());
    }

    [Fact]
    public void Colditz1994_GoshRows_NameEachSubsetByABitStringInStudyOrder()
    {
        var lines = new List<string>();
        using var w = new StringWriter { NewLine = "\n" };
        Gosh.Stream(Yi[..3], Vi[..3], new GoshOptions { Model = Analysis.Options.Model }, block => GoshCsvWriter.WriteBlock(w, block, 3));
        lines.AddRange(w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));

        // The 7 non-empty subsets of 3 studies, each once; a single study is its own yi with tau² 0 and Q 0.
        Assert.Equal(["001", "010", "011", "100", "101", "110", "111"], lines.Select(l => l.Split(',')[0]).Order(StringComparer.Ordinal));
        var aronson = lines.Single(l => l.StartsWith("100,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("1", aronson[1]);
        Near(Yi[0], double.Parse(aronson[2], System.Globalization.CultureInfo.InvariantCulture), 1e-8);
        Assert.Equal("0", aronson[3]);
        Assert.Equal("subset,k,estimate,tau2,i2,q", GoshCsvWriter.Header);
    }

    [Fact]
    public void Colditz1994_CsvHoldsOneTable()
    {
        var output = new SensitivityOutput(Analysis.Effects.Studies) { Baujat = Baujat.Compute(Yi, Vi, Analysis.Options.Model) };
        using var w = new StringWriter { NewLine = "\n" };
        SensitivityCsvWriter.Write(w, output);
        var lines = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("study,x,y", lines[0]);
        Assert.Equal(14, lines.Length);

        // baujat(res)$x[1]
        Near(0.047818340546792681, double.Parse(lines[1].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture), 1e-6);
        Assert.Throws<ArgumentException>(() => SensitivityCsvWriter.Write(w, output with { Influence = Influence.Compute(Yi, Vi) }));
    }

    /// <summary>Relative agreement: 1e-6 against metafor's iterative (REML) values, 1e-8 for closed forms.</summary>
    private static void Near(double expected, double actual, double relative) =>
        Assert.True(Math.Abs(actual - expected) <= relative * Math.Abs(expected), $"expected {expected}, got {actual}");
}
