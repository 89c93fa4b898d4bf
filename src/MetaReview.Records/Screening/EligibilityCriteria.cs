using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using MetaReview.Records.Screening.Internal;

namespace MetaReview.Records.Screening;

/// <summary>
/// Eligibility criteria from <c>DIR/screening/criteria.txt</c>, one per line as <c>ID: description</c> (<c>#</c>
/// starts a comment): the fallback for a folder whose <c>review.yaml</c> lists none (the review file is the
/// primary source; the command line passes its criteria in, as this library does not read it). Without
/// either, exclusion reasons are free identifiers.
/// </summary>
public static partial class EligibilityCriteria
{
    /// <summary>Reads a criteria file; a missing file gives none.</summary>
    public static (ImmutableArray<EligibilityCriterion> Criteria, ImmutableArray<string> Problems) Read(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), Path.GetFileName(path)) : ([], []);

    /// <summary>Parses the text of a criteria file.</summary>
    public static (ImmutableArray<EligibilityCriterion> Criteria, ImmutableArray<string> Problems) Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var criteria = ImmutableArray.CreateBuilder<EligibilityCriterion>();
        var problems = ImmutableArray.CreateBuilder<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (number, line) in SettingLines.Read(text))
        {
            var match = CriterionLine().Match(line);
            if (!match.Success)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{fileName}:{number}: expected 'ID: description' (an ID of letters, digits, '.', '-' or '_', e.g. 'E2: not a randomised trial'), got '{line}'"));
                continue;
            }

            var id = match.Groups["id"].Value;
            if (!seen.Add(id))
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{fileName}:{number}: criterion '{id}' is defined twice"));
                continue;
            }

            criteria.Add(new EligibilityCriterion(id, match.Groups["text"].Value.Trim()));
        }

        return (criteria.ToImmutable(), problems.ToImmutable());
    }

    /// <summary>Whether a reason id is well-formed: letters, digits, '.', '-' or '_'.</summary>
    public static bool IsValidId(string id) => IdOnly().IsMatch(id);

    [GeneratedRegex(@"^(?<id>[\p{L}\p{N}._-]+)\s*:\s*(?<text>.*)$")]
    private static partial Regex CriterionLine();

    [GeneratedRegex(@"^[\p{L}\p{N}._-]+$")]
    private static partial Regex IdOnly();
}
