using System.Globalization;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;
using static MetaReview.Reporting.Results.NumberFormat;

namespace MetaReview.Reporting.Results;

/// <summary>
/// The meta-regression in the text output of <c>metareview analyze --mods</c>: residual heterogeneity, the tests for
/// residual heterogeneity and of the moderators, the coefficient table (with permutation p-values when run), tests of
/// chosen coefficients, predictions, the studies left out, notes and conventions. Layout after metafor's print method.
/// </summary>
public static class MetaRegressionTextWriter
{
    /// <summary>Writes the section.</summary>
    public static void Write(TextWriter w, MetaRegressionOutput output)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(output);
        var m = output.Model;
        var random = m.Model == EffectModel.Random;
        var level = Level(m.Level);
        var kind = random
            ? $"mixed-effects model; k = {m.K}; residual tau² estimator: {m.Tau2Method?.ToString() ?? "given"}"
            : $"fixed-effects model; k = {m.K}";
        w.WriteLine($"Meta-regression {m.Design.Formula} ({kind})");
        w.WriteLine();

        var rows = new List<(string Label, string Value)>();
        var basis = m.HeterogeneityBasis == HeterogeneityBasis.Q ? "from QE" : "from tau²";
        if (random)
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

            rows.Add(("Residual tau²", tau2));
        }

        rows.Add(($"Residual I² ({basis})", $"{Fixed(m.I2, 2)}%" + (m.I2Ci is { } ic ? $", {level} CI {Interval(ic.Lower, ic.Upper, 2)}" : "")));
        rows.Add(($"Residual H² ({basis})", Fixed(m.H2, 2) + (m.H2Ci is { } hc ? $", {level} CI {Interval(hc.Lower, hc.Upper, 2)}" : "")));
        if (m.R2 is { } r2)
        {
            rows.Add(("R² (heterogeneity accounted for)", $"{Fixed(r2, 2)}%"));
        }

        var width = rows.Max(r => r.Label.Length) + 1;
        foreach (var (label, value) in rows)
        {
            w.WriteLine($"{(label + ":").PadRight(width)} {value}");
        }

        w.WriteLine($"Test for residual heterogeneity: QE(df = {m.QeDf}) = {Fixed(m.Qe)}, p {PText(m.QeP)}");
        var tested = m.Coefficients.Select(c => c.Name).Where(n => !m.Design.HasIntercept || n != Statistics.MetaRegression.DesignMatrix.InterceptName);
        w.WriteLine($"Test of moderators ({string.Join(", ", tested)}): {Omnibus(m.Qm, m.QmDf, m.QmDfDenominator)}, p {PText(m.QmP)}");
        if (output.Permutation is { } perm)
        {
            var how = perm.Exact
                ? $"exact, all {perm.Permutations.ToString("N0", CultureInfo.InvariantCulture)} distinct permutations"
                : $"{perm.Permutations.ToString("N0", CultureInfo.InvariantCulture)} random permutations, seed {perm.Seed?.ToString(CultureInfo.InvariantCulture)}";
            w.WriteLine($"Permutation test of moderators ({how}): p {PText(perm.QmP)}");
        }

        w.WriteLine();
        WriteCoefficients(w, output);
        if (!output.Tests.IsEmpty)
        {
            w.WriteLine();
            foreach (var t in output.Tests)
            {
                w.WriteLine($"Test of coefficients {string.Join(", ", t.Coefficients)}: {Omnibus(t.Statistic, t.Df, t.DfDenominator)}, p {PText(t.PValue)}");
            }
        }

        if (!output.Predictions.IsEmpty)
        {
            w.WriteLine();
            w.WriteLine("Predicted effects:");
            foreach (var p in output.Predictions)
            {
                var r = p.Prediction;
                var line = $"  at {string.Join(", ", p.At.Select(a => $"{a.Key} = {a.Value}"))}: {Fixed(r.Estimate)} (SE = {Fixed(r.StandardError)}), {level} CI {Interval(r.CiLower, r.CiUpper)}";
                if (r.PiLower is { } lower && r.PiUpper is { } upper)
                {
                    line += $", {level} PI {Interval(lower, upper)}";
                }

                w.WriteLine(line);
                if (p.BackTransform(output.Measure) is { } bt)
                {
                    var back = $"    {output.Measure.DisplayName()}: {Fixed(bt.Estimate)}, {level} CI {Interval(bt.CiLower, bt.CiUpper)}";
                    if (bt.PiLower is { } pl && bt.PiUpper is { } pu)
                    {
                        back += $", {level} PI {Interval(pl, pu)}";
                    }

                    w.WriteLine(back);
                }
            }
        }

        SubgroupTextWriter.Lines(w, "Left out of the meta-regression:", output.Excluded.Select(x => $"{x.Study}: {x.Message}"));
        SubgroupTextWriter.Lines(w, "Notes:", m.Warnings);
        SubgroupTextWriter.Lines(w, "Conventions:", m.Conventions);
    }

    private static void WriteCoefficients(TextWriter w, MetaRegressionOutput output)
    {
        var m = output.Model;
        var permutation = output.Permutation;
        var statistic = m.Df is { } df ? $"t({df})" : "z";
        string[] header = ["Coefficient", "Estimate", "SE", statistic, "p", Level(m.Level) + " CI"];
        var table = new TextTable(permutation is null ? header : [.. header, "Permutation p"]).AlignLeft(5);
        for (var j = 0; j < m.Coefficients.Length; j++)
        {
            var c = m.Coefficients[j];
            string[] cells = [c.Name, Fixed(c.Estimate), Fixed(c.StandardError), Fixed(c.Statistic), PValue(c.PValue), Interval(c.CiLower, c.CiUpper)];
            table.Add(permutation is null ? cells : [.. cells, PValue(permutation.Coefficients[j].PValue)]);
        }

        table.Write(w);
        if (output.Measure.IsRatio())
        {
            w.WriteLine("(coefficients on the log scale)");
        }
    }

    private static string Omnibus(double statistic, int df, int? dfDenominator) => dfDenominator is { } ddf
        ? $"F(df1 = {df}, df2 = {ddf}) = {Fixed(statistic)}"
        : $"QM(df = {df}) = {Fixed(statistic)}";
}
