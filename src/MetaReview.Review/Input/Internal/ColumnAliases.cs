using System.Collections.Frozen;
using System.Collections.Immutable;

namespace MetaReview.Review.Input.Internal;

/// <summary>
/// The column names MetaReview recognises: its own (the first of each list), and those of R's meta
/// (<c>event.e</c>, <c>TE</c>, ...), metafor's <c>escalc</c> (<c>ai</c>, <c>n1i</c>, <c>yi</c>, ...),
/// metadat's <c>dat.bcg</c> (<c>tpos</c>, ...) and RevMan 5 ("Experimental Events", "Events 1", ...).
/// Names are compared after <see cref="Normalize"/>: case, spaces, dots, underscores and hyphens do not matter.
/// docs/input-format.md lists the same names (a test checks it).
/// </summary>
internal static class ColumnAliases
{
    /// <summary>Each role with its names; for <see cref="ColumnRole.Study"/> the order is the priority.</summary>
    public static ImmutableArray<(ColumnRole Role, ImmutableArray<string> Names)> Table { get; } =
    [
        (ColumnRole.Study, ["study", "studlab", "Study or Subgroup", "study_name", "study_id", "label", "slab", "author_year", "author", "authors", "first_author", "trial", "Name"]),
        (ColumnRole.EventsE, ["events_e", "event.e", "ai", "x1i", "tpos", "Experimental Events", "Events 1"]),
        (ColumnRole.NE, ["n_e", "n.e", "n1i", "Experimental Total", "Total 1"]),
        (ColumnRole.EventsC, ["events_c", "event.c", "ci", "x2i", "cpos", "Control Events", "Events 2"]),
        (ColumnRole.NC, ["n_c", "n.c", "n2i", "Control Total", "Total 2"]),
        (ColumnRole.NonEventsE, ["nonevents_e", "bi", "tneg"]),
        (ColumnRole.NonEventsC, ["nonevents_c", "di", "cneg"]),
        (ColumnRole.MeanE, ["mean_e", "mean.e", "m1i", "Experimental Mean", "Mean 1"]),
        (ColumnRole.SdE, ["sd_e", "sd.e", "sd1i", "Experimental SD", "SD 1"]),
        (ColumnRole.MeanC, ["mean_c", "mean.c", "m2i", "Control Mean", "Mean 2"]),
        (ColumnRole.SdC, ["sd_c", "sd.c", "sd2i", "Control SD", "SD 2"]),
        (ColumnRole.TimeE, ["time_e", "time.e", "t1i"]),
        (ColumnRole.TimeC, ["time_c", "time.c", "t2i"]),
        (ColumnRole.R, ["r", "ri", "cor"]),
        (ColumnRole.N, ["n", "ni"]),
        (ColumnRole.Events, ["events", "event", "xi"]),
        (ColumnRole.Yi, ["yi", "TE"]),
        (ColumnRole.Vi, ["vi", "variance"]),
        (ColumnRole.Sei, ["sei", "seTE", "SE", "standard_error"]),
        (ColumnRole.Estimate, ["estimate", "Effect Estimate"]),
        (ColumnRole.CiLower, ["ci_lower", "ci.lb", "lower", "lower_ci", "CI Start"]),
        (ColumnRole.CiUpper, ["ci_upper", "ci.ub", "upper", "upper_ci", "CI End"]),
    ];

    private static readonly FrozenDictionary<string, (ColumnRole Role, int Rank)> ByNormalizedName = BuildIndex();

    private static readonly FrozenDictionary<ColumnRole, string> CanonicalNames =
        Table.ToFrozenDictionary(entry => entry.Role, entry => entry.Names[0]);

    private static readonly FrozenSet<string> AuthorNames = new[] { "author", "authors", "firstauthor" }.ToFrozenSet();

    /// <summary>The name MetaReview uses for a role in messages and docs, e.g. "sd_e".</summary>
    public static string Canonical(ColumnRole role) => CanonicalNames[role];

    /// <summary>Lower case, letters and digits only: "Experimental SD" → "experimentalsd", "n.e" → "ne".</summary>
    public static string Normalize(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return string.Concat(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));
    }

    /// <summary>
    /// The role of a header, and its rank among the names of that role (for the study column, lower
    /// ranks win), or <see langword="null"/> when the header is not recognised.
    /// </summary>
    public static (ColumnRole Role, int Rank)? Recognise(string header) =>
        ByNormalizedName.TryGetValue(Normalize(header), out var hit) ? hit : null;

    /// <summary>True for the study-label names that hold only an author ("author", "authors", "first_author").</summary>
    public static bool IsAuthor(string header) => AuthorNames.Contains(Normalize(header));

    /// <summary>
    /// The recognised name closest to an unrecognised header, when it is close enough to be a
    /// misspelling: 1 edit for names of 3–4 characters, 2 for longer ones (after <see cref="Normalize"/>);
    /// never for names of 1–2 characters, where every short name is one edit from another.
    /// </summary>
    public static (ColumnRole Role, string Name)? Suggest(string header)
    {
        var normalized = Normalize(header);
        var allowed = normalized.Length switch
        {
            <= 2 => 0,
            <= 4 => 1,
            _ => 2,
        };
        if (allowed == 0)
        {
            return null;
        }

        (ColumnRole Role, string Name)? best = null;
        var bestDistance = allowed + 1;
        foreach (var (role, names) in Table)
        {
            foreach (var name in names)
            {
                var distance = EditDistance.Between(normalized, Normalize(name));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = (role, name);
                }
            }
        }

        return best;
    }

    private static FrozenDictionary<string, (ColumnRole Role, int Rank)> BuildIndex()
    {
        var index = new Dictionary<string, (ColumnRole Role, int Rank)>(StringComparer.Ordinal);
        foreach (var (role, names) in Table)
        {
            for (var rank = 0; rank < names.Length; rank++)
            {
                var key = Normalize(names[rank]);
                if (index.TryGetValue(key, out var existing) && existing.Role != role)
                {
                    throw new InvalidOperationException($"Column name '{names[rank]}' is given to both {existing.Role} and {role}.");
                }

                index.TryAdd(key, (role, rank));
            }
        }

        return index.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
