using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using static MetaReview.Reporting.Results.NumberFormat;

namespace MetaReview.Reporting.Results;

/// <summary>
/// A plain-text summary of an analysis that a reviewer can paste: the model, heterogeneity, the pooled
/// estimate (and back-transformed), the studies with weights, the conventions behind each number and
/// every note. Layout after metafor's print method and RevMan's forest-plot footer.
/// </summary>
public static class AnalysisTextWriter
{
    /// <summary>
    /// Writes the summary, followed by the subgroup analysis (<see cref="SubgroupTextWriter"/>) and the meta-regression
    /// (<see cref="MetaRegressionTextWriter"/>), the sensitivity analyses (<see cref="SensitivityTextWriter"/>) and the
    /// small-study tests (<see cref="SmallStudyTextWriter"/>) when the output has them.
    /// </summary>
    public static void Write(TextWriter w, AnalysisOutput output)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(output);
        Write(w, output.Analysis);
        if (output.Subgroups is { } subgroups)
        {
            w.WriteLine();
            w.WriteLine();
            SubgroupTextWriter.Write(w, subgroups);
        }

        if (output.MetaRegression is { } metareg)
        {
            w.WriteLine();
            w.WriteLine();
            MetaRegressionTextWriter.Write(w, metareg);
        }

        if (output.Sensitivity is { } sensitivity)
        {
            w.WriteLine();
            w.WriteLine();
            SensitivityTextWriter.Write(w, sensitivity);
        }

        if (output.SmallStudy is { } smallStudy)
        {
            w.WriteLine();
            w.WriteLine();
            SmallStudyTextWriter.Write(w, smallStudy);
        }
    }

    /// <summary>Writes the summary.</summary>
    public static void Write(TextWriter w, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        var m = result.Model;
        var measure = result.Measure;
        var level = Level(m.Level);
        w.WriteLine(Title(m));
        w.WriteLine($"Measure: {measure} ({measure.DisplayName()}{(measure.IsRatio() ? ", analysed on the log scale" : "")}); preset: {result.Options.Preset}");
        w.WriteLine();

        var rows = new List<(string Label, string Value)>();
        if (m.Model == EffectModel.Random)
        {
            var tau2 = Fixed(m.Tau2);
            if (m.Tau2Se is { } se)
            {
                tau2 += $" (SE = {Fixed(se)})";
            }

            if (m.Tau2Ci is { } ci)
            {
                tau2 += $", {level} CI {Interval(ci.Lower, ci.Upper)}";
            }

            rows.Add(("tau² (between-study variance)", tau2));
            rows.Add(("tau (square root of tau²)", Fixed(m.Tau) + (m.TauCi is { } tc ? $", {level} CI {Interval(tc.Lower, tc.Upper)}" : "")));
        }

        var basis = m.HeterogeneityBasis == HeterogeneityBasis.Q ? "from Q" : "from tau²";
        rows.Add(($"I² ({basis})", $"{Fixed(m.I2, 2)}%" + (m.I2Ci is { } ic ? $", {level} CI {Interval(ic.Lower, ic.Upper, 2)}" : "")));
        rows.Add(($"H² ({basis})", Fixed(m.H2, 2) + (m.H2Ci is { } hc ? $", {level} CI {Interval(hc.Lower, hc.Upper, 2)}" : "")));
        if (m.HeterogeneityBasis == HeterogeneityBasis.Tau2 && m.Model == EffectModel.Random)
        {
            rows.Add(("I² (from Q)", $"{Fixed(m.I2FromQ, 2)}%"));
        }

        var width = rows.Max(r => r.Label.Length) + 1;
        foreach (var (label, value) in rows)
        {
            w.WriteLine($"{(label + ":").PadRight(width)} {value}");
        }

        w.WriteLine($"Test for heterogeneity: Q(df = {m.QDf}) = {Fixed(m.Q)}, p {PText(m.QP)}");
        w.WriteLine();

        var statName = m.Df is { } df ? $"t({df})" : "z";
        w.WriteLine($"Pooled estimate: {Fixed(m.Estimate)} (SE = {Fixed(m.StandardError)}), {level} CI {Interval(m.CiLower, m.CiUpper)}");
        w.WriteLine($"Test for overall effect: {statName} = {Fixed(m.Statistic)}, p {PText(m.PValue)}");
        if (m.PredictionInterval is { } pi)
        {
            w.WriteLine($"{level} prediction interval: {Interval(pi.Lower, pi.Upper)}");
        }

        if (result.BackTransformed is { } bt)
        {
            var line = $"{measure.DisplayName()}: {Fixed(bt.Estimate)}, {level} CI {Interval(bt.CiLower, bt.CiUpper)}";
            if (bt.PiLower is { } pl && bt.PiUpper is { } pu)
            {
                line += $"; prediction interval {Interval(pl, pu)}";
            }

            w.WriteLine(line);
        }

        if (m.Cmh is { } cmh)
        {
            w.WriteLine($"Cochran–Mantel–Haenszel test: CMH = {Fixed(cmh.Statistic)}, df = {cmh.Df}, p {PText(cmh.PValue)}");
        }

        if (m.Tarone is { } tarone)
        {
            w.WriteLine($"Tarone's test for heterogeneity: X² = {Fixed(tarone.Statistic)}, df = {tarone.Df}, p {PText(tarone.PValue)}");
        }

        w.WriteLine();
        WriteStudies(w, result);

        w.WriteLine();
        w.WriteLine("Conventions:");
        foreach (var c in m.Conventions)
        {
            w.WriteLine($"  {c}");
        }

        if (!result.Notes.IsEmpty)
        {
            w.WriteLine();
            w.WriteLine("Notes:");
            foreach (var n in result.Notes)
            {
                w.WriteLine($"  {n}");
            }
        }
    }

    private static string Title(MetaAnalysisResult m)
    {
        var method = m.Method switch
        {
            PoolingMethod.MH => "Mantel–Haenszel",
            PoolingMethod.Peto => "Peto",
            _ => "Inverse variance",
        };
        return m.Model == EffectModel.Random
            ? $"Random-effects model ({method}; k = {m.K}; tau² estimator: {m.Tau2Method?.ToString() ?? "given"})"
            : $"Fixed-effect model ({method}; k = {m.K})";
    }

    private static void WriteStudies(TextWriter w, AnalysisResult result)
    {
        var e = result.Effects;
        var z = Statistics.EffectSizes.EffectMeasureExtensions.IsRatio(result.Measure);
        var crit = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - result.Model.Level) / 2);
        var width = Math.Max(5, e.Studies.Max(s => s.Length));
        w.WriteLine($"{"Study".PadRight(width)}  {"yi",9}  {"vi",9}  {Level(result.Model.Level) + " CI",-20}  {"Weight",7}");
        for (var i = 0; i < e.K; i++)
        {
            var se = Math.Sqrt(e.Vi[i]);
            var ci = Interval(e.Yi[i] - crit * se, e.Yi[i] + crit * se);
            w.WriteLine($"{e.Studies[i].PadRight(width)}  {Fixed(e.Yi[i]),9}  {Fixed(e.Vi[i]),9}  {ci,-20}  {Fixed(result.Model.WeightPercent[i], 1),6}%");
        }

        if (z)
        {
            w.WriteLine("(yi and CIs on the log scale)");
        }
    }
}
