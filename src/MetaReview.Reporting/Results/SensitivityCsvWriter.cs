using MetaReview.Statistics.Sensitivity;
using static MetaReview.Reporting.Results.CsvFormat;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes one per-study sensitivity table as CSV on the analysis scale at full precision, with the columns of its JSON
/// entries: leave-one-out (<c>omitted</c>, k, estimate, se, ci_lower, ci_upper, tau2, i2, q), cumulative (<c>added</c>,
/// the same), influence (study, rstudent, …, influential) or Baujat (study, x, y).
/// </summary>
public static class SensitivityCsvWriter
{
    /// <summary>Writes the one table <paramref name="output"/> holds.</summary>
    /// <exception cref="ArgumentException">When it holds none or more than one.</exception>
    public static void Write(TextWriter w, SensitivityOutput output)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(output);
        if (output.TableCount != 1)
        {
            throw new ArgumentException($"A CSV holds one table; the output has {output.TableCount} sensitivity tables.", nameof(output));
        }

        var s = output.Studies;
        if (output.LeaveOneOut is { } loo)
        {
            Fits(w, "omitted", loo.Fits.Select(f => (s[f.Omitted], (SensitivityFit)f)));
        }
        else if (output.Cumulative is { } cumulative)
        {
            Fits(w, "added", cumulative.Steps.Select(f => (s[f.Added], (SensitivityFit)f)));
        }
        else if (output.Influence is { } influence)
        {
            w.WriteLine("study,rstudent,dffits,cook_d,cov_r,tau2_del,qe_del,hat,weight_percent,dfbetas,influential");
            foreach (var r in influence.Studies)
            {
                w.WriteLine(Line(Text(s[r.Study]), Number(r.RStudent), Number(r.Dffits), Number(r.CookD), Number(r.CovR), Number(r.Tau2Del),
                    Number(r.QeDel), Number(r.Hat), Number(r.WeightPercent), Number(r.Dfbetas), r.Influential ? "true" : "false"));
            }
        }
        else if (output.Baujat is { } baujat)
        {
            w.WriteLine("study,x,y");
            foreach (var p in baujat)
            {
                w.WriteLine(Line(Text(s[p.Study]), Number(p.X), Number(p.Y)));
            }
        }
    }

    private static void Fits(TextWriter w, string first, IEnumerable<(string Study, SensitivityFit Fit)> rows)
    {
        w.WriteLine($"{first},k,estimate,se,ci_lower,ci_upper,tau2,i2,q");
        foreach (var (study, f) in rows)
        {
            w.WriteLine(Line(Text(study), Number(f.K), Number(f.Estimate), Number(f.StandardError), Number(f.CiLower), Number(f.CiUpper), Number(f.Tau2), Number(f.I2), Number(f.Q)));
        }
    }
}
