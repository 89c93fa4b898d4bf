using static MetaReview.Reporting.Results.CsvFormat;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes the subgroup table as CSV, one row per subgroup on the analysis scale at full precision, with the columns
/// of the JSON <c>subgroups</c> entries: subgroup, k, estimate, se, ci_lower, ci_upper, tau2, i2, q, q_df, q_p.
/// </summary>
public static class SubgroupCsvWriter
{
    /// <summary>Writes the CSV.</summary>
    public static void Write(TextWriter w, SubgroupOutput output)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(output);
        w.WriteLine("subgroup,k,estimate,se,ci_lower,ci_upper,tau2,i2,q,q_df,q_p");
        foreach (var level in output.Result.Levels)
        {
            var m = level.Analysis.Model;
            w.WriteLine(Line(Text(level.Name), Number(m.K), Number(m.Estimate), Number(m.StandardError), Number(m.CiLower), Number(m.CiUpper),
                Number(m.Tau2), Number(m.I2), Number(m.Q), Number(m.QDf), Number(m.QP)));
        }
    }
}
