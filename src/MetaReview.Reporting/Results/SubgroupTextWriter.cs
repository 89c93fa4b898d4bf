using System.Globalization;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Subgroups;
using static MetaReview.Reporting.Results.NumberFormat;

namespace MetaReview.Reporting.Results;

/// <summary>
/// The subgroup analysis in the text output of <c>metareview analyze --subgroup</c>: one row per subgroup (k,
/// estimate, CI, tau², I², Q, back-transformed effect), the test for subgroup differences as RevMan gives it and as
/// the mixed-effects moderator test, the studies left out, notes and conventions.
/// </summary>
public static class SubgroupTextWriter
{
    /// <summary>Writes the section.</summary>
    public static void Write(TextWriter w, SubgroupOutput output)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(output);
        var r = output.Result;
        var first = r.Levels[0].Analysis;
        var model = first.Model;
        var measure = first.Measure;
        var random = model.Model == EffectModel.Random;
        var level = Level(model.Level);
        w.WriteLine($"Subgroups by {output.Column} ({Describe(r, model)})");
        w.WriteLine();

        var backTransformed = measure.HasBackTransform() && r.Levels.Any(l => l.Analysis.BackTransformed is not null);
        var header = new List<string> { "Subgroup", "k", "Estimate", "SE", level + " CI" };
        if (random)
        {
            header.Add("tau²");
        }

        header.AddRange(["I²", "Q", "df", "p(Q)"]);
        if (backTransformed)
        {
            header.Add($"{measure.DisplayName()} [{level} CI]");
        }

        var table = new TextTable([.. header]).AlignLeft(4, header.Count - 1);
        foreach (var l in r.Levels)
        {
            var m = l.Analysis.Model;
            var single = m.K == 1;
            var cells = new List<string>
            {
                l.Name,
                m.K.ToString(CultureInfo.InvariantCulture),
                Fixed(m.Estimate),
                Fixed(m.StandardError),
                Interval(m.CiLower, m.CiUpper),
            };
            if (random)
            {
                cells.Add(single ? "–" : Fixed(m.Tau2));
            }

            cells.AddRange(single
                ? ["–", "–", "–", "–"]
                : [Fixed(m.I2, 2) + "%", Fixed(m.Q), m.QDf.ToString(CultureInfo.InvariantCulture), PValue(m.QP)]);
            if (backTransformed)
            {
                cells.Add(l.Analysis.BackTransformed is { } bt ? $"{Fixed(bt.Estimate)} {Interval(bt.CiLower, bt.CiUpper)}" : "");
            }

            table.Add([.. cells]);
        }

        table.Write(w);
        if (measure.IsRatio())
        {
            w.WriteLine("(estimates and CIs on the log scale)");
        }

        w.WriteLine();
        if (r.QBetween is { } qb)
        {
            w.WriteLine($"Test for subgroup differences (RevMan, Q between subgroups): Q = {Fixed(qb.Q)}, df = {qb.Df}, p {PText(qb.PValue)}, I² = {Fixed(qb.I2, 2)}%");
        }

        if (r.SubgroupTest is { } t)
        {
            var statistic = t.DfDenominator is { } ddf
                ? $"F(df1 = {t.Df}, df2 = {ddf}) = {Fixed(t.Q)}"
                : $"QM(df = {t.Df}) = {Fixed(t.Q)}";
            w.WriteLine($"Test for subgroup differences (mixed-effects model, common residual tau² = {Fixed(t.Tau2Residual)}): {statistic}, p {PText(t.PValue)}");
        }

        Lines(w, "Left out of the subgroups:", output.Excluded.Select(x => $"{x.Study}: {x.Message}"));
        Lines(w, "Notes:", [.. r.Notes, .. r.TestNotes]);
        Lines(w, "Conventions:", r.Conventions);
    }

    /// <summary>A titled, indented list after a blank line; nothing when empty.</summary>
    internal static void Lines(TextWriter w, string title, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine(title);
        foreach (var line in list)
        {
            w.WriteLine($"  {line}");
        }
    }

    private static string Describe(Statistics.Analysis.SubgroupMetaAnalysisResult r, MetaAnalysisResult model)
    {
        var method = model.Method switch
        {
            PoolingMethod.MH => "Mantel–Haenszel",
            PoolingMethod.Peto => "Peto",
            _ => "inverse variance",
        };
        if (model.Model != EffectModel.Random)
        {
            return $"fixed-effect model, {method}";
        }

        var tau2 = r.Tau2 == SubgroupTau2.Common && r.Tau2Common is { } c
            ? $"common tau² = {Fixed(c)}"
            : "separate tau² per subgroup";
        var estimator = r.Levels.Select(l => l.Analysis.Model.Tau2Method).FirstOrDefault(m => m is not null);
        return $"random-effects model, {method}{(estimator is { } e && r.Tau2 != SubgroupTau2.Common ? $", {e}" : "")}; {tau2}";
    }
}
