using System.Globalization;
using MetaReview.Statistics.Models;
using MetaReview.Statistics.Sensitivity;
using static MetaReview.Reporting.Results.NumberFormat;

namespace MetaReview.Reporting.Results;

/// <summary>
/// The sensitivity analyses in the text output of <c>metareview analyze</c>: tables for leave-one-out, cumulative,
/// influence and Baujat (one row per study, as metafor prints them), the restricted analysis next to all studies, what
/// GOSH wrote, and the notes. Estimates and CIs on the analysis scale.
/// </summary>
public static class SensitivityTextWriter
{
    /// <summary>Writes the sections asked for, each after a blank line.</summary>
    public static void Write(TextWriter w, SensitivityOutput output)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(output);
        var s = output.Studies;
        var sections = new List<Action>();
        if (output.LeaveOneOut is { } loo)
        {
            sections.Add(() => Fits(w, "Leave-one-out analysis (each row: the model without that study)", "Omitted", loo.Fits.Select(f => (s[f.Omitted], (SensitivityFit)f)), loo.Options));
        }

        if (output.Cumulative is { } cumulative)
        {
            var order = output.CumulativeOrder is { } column ? $"by ascending {column}" : "in data order";
            sections.Add(() => Fits(w, $"Cumulative meta-analysis (studies added {order}; each row: the model up to that study)", "Added", cumulative.Steps.Select(f => (s[f.Added], (SensitivityFit)f)), cumulative.Options));
        }

        if (output.Influence is { } influence)
        {
            sections.Add(() => Influence(w, influence, s));
        }

        if (output.Baujat is { } baujat)
        {
            sections.Add(() => Baujat(w, baujat, s));
        }

        if (output.Restricted is { } restricted)
        {
            sections.Add(() => Restricted(w, restricted, s));
        }

        if (output.Gosh is { } gosh)
        {
            sections.Add(() => Gosh(w, gosh));
        }

        for (var i = 0; i < sections.Count; i++)
        {
            if (i > 0)
            {
                w.WriteLine();
                w.WriteLine();
            }

            sections[i]();
        }

        SubgroupTextWriter.Lines(w, "Sensitivity notes:", SensitivityJsonWriter.Warnings(output));
    }

    private static void Fits(TextWriter w, string title, string first, IEnumerable<(string Study, SensitivityFit Fit)> rows, ModelOptions options)
    {
        w.WriteLine(title);
        w.WriteLine();
        var random = options.Model == EffectModel.Random;
        var header = new List<string> { first, "k", "Estimate", "SE", Level(options.Level) + " CI" };
        if (random)
        {
            header.Add("tau²");
        }

        header.AddRange(["I²", "Q"]);
        var table = new TextTable([.. header]).AlignLeft(4);
        foreach (var (study, f) in rows)
        {
            var cells = new List<string> { study, f.K.ToString(CultureInfo.InvariantCulture), Fixed(f.Estimate), Fixed(f.StandardError), Interval(f.CiLower, f.CiUpper) };
            if (random)
            {
                cells.Add(Fixed(f.Tau2));
            }

            cells.AddRange([Fixed(f.I2, 2) + "%", Fixed(f.Q)]);
            table.Add([.. cells]);
        }

        table.Write(w);
    }

    private static void Influence(TextWriter w, InfluenceResult influence, IReadOnlyList<string> studies)
    {
        w.WriteLine("Influence diagnostics (Viechtbauer and Cheung 2010; * marks an influential study by metafor's rule)");
        w.WriteLine();
        var table = new TextTable("Study", "rstudent", "dffits", "cook.d", "cov.r", "tau².del", "QE.del", "hat", "weight", "dfbetas", "inf");
        foreach (var r in influence.Studies)
        {
            table.Add(studies[r.Study], Fixed(r.RStudent), Fixed(r.Dffits), Fixed(r.CookD), Fixed(r.CovR), Fixed(r.Tau2Del), Fixed(r.QeDel),
                Fixed(r.Hat), Fixed(r.WeightPercent, 2) + "%", Fixed(r.Dfbetas), r.Influential ? "*" : "");
        }

        table.Write(w);
    }

    private static void Baujat(TextWriter w, IEnumerable<BaujatPoint> points, IReadOnlyList<string> studies)
    {
        w.WriteLine("Baujat coordinates (x: contribution to heterogeneity; y: influence on the pooled estimate)");
        w.WriteLine();
        var table = new TextTable("Study", "x", "y");
        foreach (var p in points)
        {
            table.Add(studies[p.Study], Fixed(p.X), Fixed(p.Y));
        }

        table.Write(w);
    }

    private static void Restricted(TextWriter w, RestrictedOutput restricted, IReadOnlyList<string> studies)
    {
        var r = restricted.Result;
        w.WriteLine($"Sensitivity analysis restricted to {restricted.Column} = {restricted.Value} ({r.Included.Length} of {r.Included.Length + r.Excluded.Length} studies)");
        w.WriteLine();
        var level = Level(r.All.Level);
        var table = new TextTable("Studies", "k", "Estimate", "SE", level + " CI", "tau²", "I²", "Q").AlignLeft(4);
        foreach (var (label, m) in new[] { ($"{restricted.Column} = {restricted.Value}", r.Subset), ("All studies", r.All) })
        {
            table.Add(label, m.K.ToString(CultureInfo.InvariantCulture), Fixed(m.Estimate), Fixed(m.StandardError), Interval(m.CiLower, m.CiUpper),
                Fixed(m.Tau2), Fixed(m.I2, 2) + "%", Fixed(m.Q));
        }

        table.Write(w);
        w.WriteLine($"Difference (restricted − all): {Fixed(r.Difference)}");
        w.WriteLine($"Left out: {(r.Excluded.IsEmpty ? "none" : string.Join("; ", r.Excluded.Select(i => studies[i])))}");
    }

    private static void Gosh(TextWriter w, GoshOutput gosh)
    {
        var g = gosh.Summary;
        var how = g.Exhaustive ? "every subset" : $"a random sample of subsets (seed {g.Seed.ToString(CultureInfo.InvariantCulture)})";
        w.WriteLine($"GOSH: the model fitted to {how}: {g.SubsetCount.ToString(CultureInfo.InvariantCulture)} subsets of k = {g.StudyCount} studies, written to {gosh.File}");
    }
}
