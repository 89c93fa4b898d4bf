using System.Globalization;
using MetaReview.Statistics.Sensitivity;
using static MetaReview.Reporting.Results.CsvFormat;

namespace MetaReview.Reporting.Results;

/// <summary>
/// Writes GOSH subsets as CSV, one row per subset: <c>subset,k,estimate,tau2,i2,q</c>. <c>subset</c> is a bit string with
/// one character per analysed study in input order, <c>1</c> when the study is in the subset and <c>0</c> when not
/// (e.g. <c>1011</c>: studies 1, 3 and 4 of 4), so that it reads as metafor's <c>gosh(res)$incl</c> row. Numbers at full precision.
/// </summary>
public static class GoshCsvWriter
{
    /// <summary>The header line.</summary>
    public const string Header = "subset,k,estimate,tau2,i2,q";

    /// <summary>One row per subset of <paramref name="block"/>, for a meta-analysis of <paramref name="k"/> studies.</summary>
    public static void WriteBlock(TextWriter w, GoshBlock block, int k)
    {
        ArgumentNullException.ThrowIfNull(w);
        var bits = new char[k];
        for (var j = 0; j < block.Count; j++)
        {
            for (var i = 0; i < k; i++)
            {
                bits[i] = block.Includes(j, i) ? '1' : '0';
            }

            w.Write(bits);
            w.Write(',');
            w.Write(block.K[j].ToString(CultureInfo.InvariantCulture));
            w.Write(',');
            w.Write(Number(block.Estimate[j]));
            w.Write(',');
            w.Write(Number(block.Tau2[j]));
            w.Write(',');
            w.Write(Number(block.I2[j]));
            w.Write(',');
            w.WriteLine(Number(block.Q[j]));
        }
    }
}
