using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.Models;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes an analysis as CSV: one row per study (yi, vi, SE, CI, weight) and a last row for the pooled
/// estimate, on the analysis scale at full precision.
/// </summary>
public static class AnalysisCsvWriter
{
    /// <summary>Writes the CSV.</summary>
    public static void Write(TextWriter w, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        var e = result.Effects;
        var m = result.Model;
        var crit = MathNet.Numerics.Distributions.Normal.InvCDF(0, 1, 1 - (1 - m.Level) / 2);
        w.WriteLine("study,yi,vi,se,ci_lower,ci_upper,weight_percent");
        for (var i = 0; i < e.K; i++)
        {
            var se = Math.Sqrt(e.Vi[i]);
            w.WriteLine(string.Join(',', Quote(e.Studies[i]), N(e.Yi[i]), N(e.Vi[i]), N(se), N(e.Yi[i] - crit * se), N(e.Yi[i] + crit * se), N(m.WeightPercent[i])));
        }

        var label = m.Model == EffectModel.Random ? $"Pooled (random effects, {m.Tau2Method?.ToString() ?? "given tau²"})" : $"Pooled (fixed effect, {m.Method})";
        w.WriteLine(string.Join(',', Quote(label), N(m.Estimate), N(m.StandardError * m.StandardError), N(m.StandardError), N(m.CiLower), N(m.CiUpper), "100"));
    }

    private static string N(double x) => CsvFormat.Number(x);

    private static string Quote(string s) => CsvFormat.Text(s);
}
