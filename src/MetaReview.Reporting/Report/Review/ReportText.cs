using System.Globalization;
using MetaReview.Reporting.Results;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Reporting.Report.Review;

/// <summary>How the review report writes numbers: invariant culture, two decimals for effects, RevMan's P values.</summary>
internal static class ReportText
{
    public static string F(double value, int decimals = 2) =>
        double.IsNaN(value) ? "NA" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace("-", "\u2212", StringComparison.Ordinal);

    public static string Int(double value) => Math.Round(value, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.InvariantCulture);

    public static string Percent(double value) => Int(value) + "%";

    /// <summary>P values as RevMan prints them, the same as under the forest plots: "P = 0.13", "P = 0.004", "P &lt; 0.00001".</summary>
    public static string P(double p) => "P " + Plots.Charts.NumberText.RevManP(p);

    /// <summary>An estimate with its CI on the measure's natural scale (ratios back-transformed), e.g. "4.10 [0.97, 7.23]".</summary>
    public static string Effect(EffectMeasure measure, double estimate, double lower, double upper, int decimals = 2)
    {
        if (measure.IsRatio())
        {
            (estimate, lower, upper) = (Math.Exp(estimate), Math.Exp(lower), Math.Exp(upper));
        }

        return $"{F(estimate, decimals)} [{F(lower, decimals)}, {F(upper, decimals)}]";
    }

    /// <summary>The pooled effect of an analysis with its CI, on the natural scale.</summary>
    public static string Effect(AnalysisResult analysis) =>
        Effect(analysis.Measure, analysis.Model.Estimate, analysis.Model.CiLower, analysis.Model.CiUpper);

    /// <summary>"MD (IV, Random, 95% CI)" as RevMan heads its effect column.</summary>
    public static string EffectHeading(AnalysisResult analysis)
    {
        var m = analysis.Model;
        var method = m.Method switch { PoolingMethod.MH => "M-H", PoolingMethod.Peto => "Peto", _ => "IV" };
        var model = m.Model == EffectModel.Random ? "Random" : "Fixed";
        return $"{MeasureAbbreviation(analysis.Measure)} ({method}, {model}, {Level(m.Level)} CI)";
    }

    public static string MeasureAbbreviation(EffectMeasure measure) => measure switch
    {
        EffectMeasure.PETO => "Peto OR",
        EffectMeasure.SMD => "SMD",
        _ => measure.ToString(),
    };

    public static string Level(double level) => NumberFormat.Level(level);

    /// <summary>The heterogeneity line as RevMan writes it: "Tau² = 0.00; Chi² = 1.23, df = 2 (P = 0.54); I² = 0%".</summary>
    public static string Heterogeneity(MetaAnalysisResult m)
    {
        if (m.K < 2)
        {
            return "Not applicable (one study)";
        }

        var tau = m.Model == EffectModel.Random ? $"Tau\u00b2 = {F(m.Tau2)}; " : "";
        return $"{tau}Chi\u00b2 = {F(m.Q)}, df = {m.QDf} ({P(m.QP)}); I\u00b2 = {Percent(m.I2FromQ)}";
    }

    /// <summary>The test for the overall effect: "Z = 2.57 (P = 0.01)" or "t = 3.10, df = 2 (P = 0.09)".</summary>
    public static string OverallTest(MetaAnalysisResult m) =>
        m.Df is { } df ? $"t = {F(m.Statistic)}, df = {Int(df)} ({P(m.PValue)})" : $"Z = {F(Math.Abs(m.Statistic))} ({P(m.PValue)})";

    public static string Plural(int n, string singular, string plural) => n == 1 ? $"{n} {singular}" : $"{n} {plural}";
}
