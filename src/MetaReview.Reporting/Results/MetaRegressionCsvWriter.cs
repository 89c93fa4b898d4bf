using static MetaReview.Reporting.Results.CsvFormat;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes the coefficient table of a meta-regression as CSV at full precision, with the columns of the JSON
/// <c>metareg.coefficients</c> entries: coefficient, estimate, se, statistic, p_value, ci_lower, ci_upper; and
/// permutation_p_value when a permutation test was run.
/// </summary>
public static class MetaRegressionCsvWriter
{
    /// <summary>Writes the CSV.</summary>
    public static void Write(TextWriter w, MetaRegressionOutput output)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(output);
        var permutation = output.Permutation;
        w.WriteLine("coefficient,estimate,se,statistic,p_value,ci_lower,ci_upper" + (permutation is null ? "" : ",permutation_p_value"));
        var coefficients = output.Model.Coefficients;
        for (var j = 0; j < coefficients.Length; j++)
        {
            var c = coefficients[j];
            var line = Line(Text(c.Name), Number(c.Estimate), Number(c.StandardError), Number(c.Statistic), Number(c.PValue), Number(c.CiLower), Number(c.CiUpper));
            w.WriteLine(permutation is null ? line : line + "," + Number(permutation.Coefficients[j].PValue));
        }
    }
}
