using MetaReview.Statistics.SmallStudy;
using static MetaReview.Reporting.Results.NumberFormat;

namespace MetaReview.Reporting.Results;

/// <summary>
/// The tests for small-study effects in the text output of <c>metareview analyze --bias</c>: one paragraph per test with
/// its k, statistic, p-value and (for the regression tests) the limit estimate, trim-and-fill with the filled studies,
/// the fail-safe numbers and PET-PEESE, each followed by its notes (Sterne et al. 2011 below 10 studies).
/// </summary>
public static class SmallStudyTextWriter
{
    /// <summary>Writes the section.</summary>
    public static void Write(TextWriter w, SmallStudyOutput output)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(output);
        w.WriteLine("Small-study effects (funnel plot asymmetry)");
        Regression(w, "Egger's test (meta-regression on the SE, the analysis's model)", output.Egger);
        Regression(w, "Egger's test (classical weighted regression on the SE)", output.EggerLm);
        if (output.Begg is { } b)
        {
            w.WriteLine();
            w.WriteLine($"Begg and Mazumdar's rank correlation (k = {b.K}): Kendall's tau = {Fixed(b.Tau)}, p {PText(b.PValue)} ({(b.Exact ? "exact" : "normal approximation")})");
            Notes(w, b.Warnings);
        }

        Regression(w, "Peters' test (log OR on 1/n)", output.Peters);
        Regression(w, "Harbord's test (score test, OR)", output.Harbord);
        if (output.TrimFill is { } t)
        {
            w.WriteLine();
            w.WriteLine($"Trim-and-fill ({t.Estimator}, k = {t.K}): {t.K0} {(t.K0 == 1 ? "study" : "studies")} imputed on the {(t.Side == FunnelSide.Left ? "left" : "right")} side{(t.SideGiven ? " (given)" : "")} (SE of k0 = {Fixed(t.K0StandardError)})");
            w.WriteLine($"  Estimate with the filled studies: {Fixed(t.Estimate)} (SE = {Fixed(t.StandardError)}), {Level(t.Model.Level)} CI {Interval(t.CiLower, t.CiUpper)}, tau² = {Fixed(t.Tau2)}");
            foreach (var f in t.Filled)
            {
                w.WriteLine($"  Filled: yi = {Fixed(f.Yi)}, vi = {Fixed(f.Vi)} (mirrors study {f.MirrorOf + 1})");
            }

            Notes(w, t.Warnings);
        }

        if (output.Fsn is { } n)
        {
            w.WriteLine();
            w.WriteLine($"Fail-safe N (k = {n.K}): Rosenthal {n.Rosenthal} (alpha {Fixed(n.Alpha, 2)}), Orwin {n.Orwin} (target {Fixed(n.OrwinTarget)}), Rosenberg {n.Rosenberg}");
            Notes(w, n.Warnings);
        }

        if (output.PetPeese is { } p)
        {
            w.WriteLine();
            w.WriteLine($"PET-PEESE (k = {p.K}): {(p.UsesPeese ? "PEESE" : "PET")} estimate {Fixed(p.Estimate)} (SE = {Fixed(p.StandardError)}), CI {Interval(p.CiLower, p.CiUpper)}; PET intercept t = {Fixed(p.PetInterceptStatistic)}, p {PText(p.PetInterceptPValue)}");
            Notes(w, p.Warnings);
        }

        SubgroupTextWriter.Lines(w, "Not run:", output.Notes);
    }

    private static void Regression(TextWriter w, string title, RegressionTestResult? r)
    {
        if (r is null)
        {
            return;
        }

        w.WriteLine();
        var statistic = r.Df is { } df ? $"t({df:0}) = {Fixed(r.Statistic)}" : $"z = {Fixed(r.Statistic)}";
        w.WriteLine($"{title} (k = {r.K}): {statistic}, p {PText(r.PValue)}");
        if (r.LimitEstimate is { } limit)
        {
            w.WriteLine($"  Limit estimate: {Fixed(limit)}, CI {Interval(r.LimitCiLower ?? double.NaN, r.LimitCiUpper ?? double.NaN)}");
        }

        Notes(w, r.Warnings);
    }

    private static void Notes(TextWriter w, IEnumerable<string> notes)
    {
        foreach (var n in notes)
        {
            w.WriteLine($"  Note: {n}");
        }
    }
}
