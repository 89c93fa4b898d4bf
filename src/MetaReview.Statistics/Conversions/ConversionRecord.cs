using System.Collections.Immutable;

namespace MetaReview.Statistics.Conversions;

/// <summary>
/// What a data-entry conversion did, so that the report's "data notes" can say it: no number is converted
/// silently. Every conversion in this namespace returns one beside its values.
/// </summary>
/// <param name="Method">The method in a few words, e.g. "SD from CI of a mean (t)" or "Luo 2018 mean, Wan 2014 SD".</param>
/// <param name="Citation">The source of the formula: author(s), year, title, journal, DOI (and section for the Cochrane Handbook).</param>
/// <param name="Inputs">The numbers given to the conversion, in the order they were given.</param>
/// <param name="Outputs">The numbers it produced, at full precision.</param>
/// <param name="Description">
/// A plain sentence for the report, inputs as given and outputs to four significant digits, e.g.
/// "SD from 95% CI of the mean (t with 22 df): (7.6, 33.9), n = 23 → SD 30.41".
/// </param>
/// <param name="Notes">
/// Things a reviewer should look at (e.g. a confidence interval that is not symmetric about its estimate);
/// empty when there is nothing to say.
/// </param>
public sealed record ConversionRecord(
    string Method,
    string Citation,
    ImmutableArray<ConversionValue> Inputs,
    ImmutableArray<ConversionValue> Outputs,
    string Description,
    ImmutableArray<string> Notes)
{
    /// <summary>The output called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">When the conversion produced no such output.</exception>
    public double Output(string name)
    {
        foreach (var value in Outputs)
        {
            if (value.Name == name)
            {
                return value.Value;
            }
        }

        throw new KeyNotFoundException($"This {Method} conversion has no output '{name}'; it has {string.Join(", ", Outputs.Select(o => o.Name))}.");
    }
}
