using System.Globalization;
using System.Numerics;
using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// Writes a GOSH analysis as CSV, one row per subset in the engine's order (Gray code when exhaustive):
/// <c>subset,k,estimate,tau2,i2,q</c>. <c>subset</c> lists the subset's studies by their numbers in the data file
/// (1 = the first study row), separated by spaces, e.g. "1 2 5"; numbers are on the analysis scale at full precision
/// (shortest round-trip form, invariant culture), "NA" when not finite.
/// </summary>
internal static class GoshCsvWriter
{
    public const string Header = "subset,k,estimate,tau2,i2,q";

    /// <param name="w">Where to write.</param>
    /// <param name="result">The fitted subsets.</param>
    /// <param name="studyNumbers">For each study of the analysis (engine order), its number in the data file.</param>
    public static void Write(TextWriter w, GoshResult result, IReadOnlyList<int> studyNumbers)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(studyNumbers);
        w.WriteLine(Header);
        Span<char> buffer = stackalloc char[32];
        var words = result.Summary.WordsPerSubset;
        for (var s = 0; s < result.Count; s++)
        {
            var first = true;
            for (var word = 0; word < words; word++)
            {
                var bits = result.Membership[s * words + word];
                while (bits != 0)
                {
                    var study = word * 64 + BitOperations.TrailingZeroCount(bits);
                    bits &= bits - 1;
                    if (!first)
                    {
                        w.Write(' ');
                    }

                    studyNumbers[study].TryFormat(buffer, out var n, default, CultureInfo.InvariantCulture);
                    w.Write(buffer[..n]);
                    first = false;
                }
            }

            w.Write(',');
            result.K[s].TryFormat(buffer, out var length, default, CultureInfo.InvariantCulture);
            w.Write(buffer[..length]);
            foreach (var value in (ReadOnlySpan<double>)[result.Estimate[s], result.Tau2[s], result.I2[s], result.Q[s]])
            {
                w.Write(',');
                if (double.IsFinite(value) && value.TryFormat(buffer, out length, "R", CultureInfo.InvariantCulture))
                {
                    w.Write(buffer[..length]);
                }
                else
                {
                    w.Write("NA");
                }
            }

            w.Write('\n');
        }
    }
}
