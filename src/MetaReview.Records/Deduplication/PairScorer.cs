using System.Collections.Immutable;
using System.Globalization;

namespace MetaReview.Records.Deduplication;

/// <summary>
/// Compares two records field by field and decides: duplicate, possible duplicate (review) or distinct.
/// </summary>
/// <remarks>
/// <para>The score is 0.6 × title similarity + 0.4 × corroboration, where corroboration is the weighted
/// share of agreement over the fields both records give (first author 1.5, year 1, volume 1, first page 1,
/// journal 0.5; agree = 1, near = 0.75, disagree = 0), or 0.5 when they share none.</para>
/// <para>Rules, in order: (1) a shared identifier merges, unless another identifier kind differs, the
/// titles are less similar than <see cref="DeduplicationOptions.IdentifierTitleSimilarity"/> or the years
/// differ by more than the tolerance: then review. (2) Without a shared identifier: different identifiers
/// of one kind allow at most review; an automatic merge needs near-identical titles, the score threshold,
/// no disagreement on year, first author, volume or first page, and at least one of first author, volume
/// or first page agreeing (for short titles: the first author and the volume or first page); otherwise
/// pairs above the review thresholds are reviewed.</para>
/// </remarks>
internal static class PairScorer
{
    private const double TitleWeight = 0.6;

    public static PairComparison Compare(Record a, MatchKey ka, Record b, MatchKey kb, DeduplicationOptions options)
    {
        var shared = IdKinds.None;
        var conflicting = IdKinds.None;
        CompareId(IdKinds.Doi, a.Doi, b.Doi, ref shared, ref conflicting);
        CompareId(IdKinds.Pmid, a.Pmid, b.Pmid, ref shared, ref conflicting);
        CompareId(IdKinds.Pmcid, a.Pmcid, b.Pmcid, ref shared, ref conflicting);
        CompareId(IdKinds.WosUt, a.WosUt, b.WosUt, ref shared, ref conflicting);
        CompareId(IdKinds.ScopusEid, a.ScopusEid, b.ScopusEid, ref shared, ref conflicting);

        var minimum = shared != IdKinds.None ? options.IdentifierTitleSimilarity : options.ReviewTitleSimilarity;
        var titleSimilarity = TitleSimilarity.Of(ka.Title, kb.Title, minimum, out var extended);
        var year = CompareYear(ka.Year, kb.Year, options.YearTolerance);
        var author = CompareAuthor(ka.Author, kb.Author);
        var volume = CompareExact(ka.Volume, kb.Volume);
        var pages = CompareExact(ka.StartPage, kb.StartPage);
        var journal = CompareJournal(ka.Journal, kb.Journal);

        double weighted = 0, weights = 0;
        Add(year, 1.0);
        Add(author, 1.5);
        Add(volume, 1.0);
        Add(pages, 1.0);
        Add(journal, 0.5);
        var corroboration = weights > 0 ? weighted / weights : 0.5;

        var c = new PairComparison
        {
            TitleSimilarity = titleSimilarity,
            TitleFloor = minimum,
            ExtendedTitle = extended,
            BothTitled = ka.Title.Length > 0 && kb.Title.Length > 0,
            Year = year,
            Author = author,
            Volume = volume,
            Pages = pages,
            Journal = journal,
            Shared = shared,
            Conflicting = conflicting,
            Score = (TitleWeight * titleSimilarity) + ((1 - TitleWeight) * corroboration),
        };
        var (verdict, kind, doubt) = Decide(c, Math.Min(ka.TitleTokens.Length, kb.TitleTokens.Length), options);
        return c with { Verdict = verdict, Kind = kind, Doubt = doubt, Score = verdict == MatchVerdict.Duplicate && kind == LinkKind.Identifier ? 1.0 : c.Score };

        void Add(MatchOutcome? outcome, double weight)
        {
            if (outcome is { } o)
            {
                weights += weight;
                weighted += weight * (o == MatchOutcome.Agree ? 1 : o == MatchOutcome.Near ? 0.75 : 0);
            }
        }
    }

    private static (MatchVerdict, LinkKind, Doubt) Decide(in PairComparison c, int fewestTitleWords, DeduplicationOptions options)
    {
        if (c.Shared != IdKinds.None)
        {
            return c.Conflicting != IdKinds.None ? (MatchVerdict.Possible, LinkKind.Identifier, Doubt.IdentifierConflict)
                : c.BothTitled && c.TitleSimilarity < options.IdentifierTitleSimilarity ? (MatchVerdict.Possible, LinkKind.Identifier, Doubt.IdentifierTitlesDiffer)
                : c.Year == MatchOutcome.Disagree ? (MatchVerdict.Possible, LinkKind.Identifier, Doubt.IdentifierYearsDiffer)
                : (MatchVerdict.Duplicate, LinkKind.Identifier, Doubt.None);
        }

        if (!c.BothTitled)
        {
            return (MatchVerdict.Distinct, LinkKind.Fuzzy, Doubt.NoTitles);
        }

        var reviewable = c.TitleSimilarity >= options.ReviewTitleSimilarity && c.Score >= options.ReviewScore;
        if (c.Conflicting != IdKinds.None)
        {
            return reviewable && c.TitleSimilarity >= 0.9
                ? (MatchVerdict.Possible, LinkKind.Fuzzy, Doubt.DifferentIdentifiers)
                : (MatchVerdict.Distinct, LinkKind.Fuzzy, Doubt.DifferentIdentifiers);
        }

        var disagree = c.Year == MatchOutcome.Disagree || c.Author == MatchOutcome.Disagree
            || c.Volume == MatchOutcome.Disagree || c.Pages == MatchOutcome.Disagree;
        var corroborated = IsMatch(c.Author) || IsMatch(c.Volume) || IsMatch(c.Pages);
        var shortTitle = fewestTitleWords < options.ShortTitleWords;
        var shortTitleBacked = !shortTitle
            || (c.Author == MatchOutcome.Agree && (c.Volume == MatchOutcome.Agree || c.Pages == MatchOutcome.Agree));
        var nearIdentical = c.TitleSimilarity >= options.AutoMergeTitleSimilarity;
        if (nearIdentical && c.Score >= options.AutoMergeScore && !disagree && corroborated && shortTitleBacked)
        {
            return (MatchVerdict.Duplicate, LinkKind.Fuzzy, Doubt.None);
        }

        if (!reviewable || (c.Year == MatchOutcome.Disagree && !nearIdentical))
        {
            return (MatchVerdict.Distinct, LinkKind.Fuzzy, Doubt.TooDifferent);
        }

        var doubt = disagree ? Doubt.FieldsDisagree
            : !nearIdentical ? Doubt.TitlesNotNearIdentical
            : !shortTitleBacked ? Doubt.ShortTitle
            : Doubt.NothingConfirms;
        return (MatchVerdict.Possible, LinkKind.Fuzzy, doubt);
    }

    /// <summary>The evidence and the sentence for a pair that was merged or put on the review list.</summary>
    public static (ImmutableArray<MatchEvidence> Evidence, string Reason) Explain(Record a, Record b, in PairComparison c)
    {
        var evidence = ImmutableArray.CreateBuilder<MatchEvidence>();
        var sharedText = new List<string>();
        var conflictText = new List<string>();
        foreach (var (kind, field, va, vb) in Identifiers(a, b))
        {
            if (c.Shared.HasFlag(kind))
            {
                var text = $"{Name(field)} {va}";
                sharedText.Add(text);
                evidence.Add(new MatchEvidence(field, MatchOutcome.Agree, text));
            }
            else if (c.Conflicting.HasFlag(kind))
            {
                var text = $"{Name(field)}s ({va} vs {vb})";
                conflictText.Add(text);
                evidence.Add(new MatchEvidence(field, MatchOutcome.Disagree, text));
            }
        }

        if (c.BothTitled)
        {
            evidence.Add(new MatchEvidence(MatchField.Title, c.TitleSimilarity >= 0.95 ? MatchOutcome.Agree
                : c.TitleSimilarity >= 0.8 ? MatchOutcome.Near : MatchOutcome.Disagree, DescribeTitles(c)));
        }

        AddField(MatchField.Year, c.Year, Format($"{a.Year} vs {b.Year}"));
        AddField(MatchField.FirstAuthor, c.Author, $"'{a.FirstAuthorSurname}' vs '{b.FirstAuthorSurname}'");
        AddField(MatchField.Journal, c.Journal, $"'{a.Journal}' vs '{b.Journal}'");
        AddField(MatchField.Volume, c.Volume, $"'{a.Volume}' vs '{b.Volume}'");
        AddField(MatchField.Pages, c.Pages, $"'{a.Pages}' vs '{b.Pages}'");
        var all = evidence.ToImmutable();

        var ids = string.Join(", ", sharedText);
        var summary = Summary(c, all);
        var disagreements = string.Join(", ", all
            .Where(e => e.Outcome == MatchOutcome.Disagree && e.Field is MatchField.Year or MatchField.FirstAuthor or MatchField.Volume or MatchField.Pages)
            .Select(e => $"{Name(e.Field)} {e.Detail}"));
        var reason = c.Doubt switch
        {
            Doubt.None when c.Kind == LinkKind.Identifier => $"same {ids}",
            Doubt.None => summary,
            Doubt.IdentifierConflict => $"same {ids} but different {string.Join(", ", conflictText)}",
            Doubt.IdentifierTitlesDiffer => $"same {ids} but different titles ({DescribeTitles(c)}): one identifier for several works, or an error in one export",
            Doubt.IdentifierYearsDiffer => Format($"same {ids} but years {a.Year} vs {b.Year}"),
            Doubt.DifferentIdentifiers => $"{summary}, but different {string.Join(", ", conflictText)} (erratum, reprint, preprint?)",
            Doubt.FieldsDisagree => $"{summary}, but {disagreements}",
            Doubt.TitlesNotNearIdentical => $"{summary}, but the titles are not near-identical",
            Doubt.ShortTitle => $"{summary}, but the title is short and the first author and volume or pages do not confirm it",
            Doubt.NothingConfirms => $"{summary}, but no first author, volume or page confirms it",
            Doubt.NoTitles => "no shared identifier and no title to compare",
            _ => summary,
        };
        return (all, reason);

        void AddField(MatchField field, MatchOutcome? outcome, string detail)
        {
            if (outcome is { } o)
            {
                evidence.Add(new MatchEvidence(field, o, detail));
            }
        }
    }

    private static bool IsMatch(MatchOutcome? outcome) => outcome is MatchOutcome.Agree or MatchOutcome.Near;

    private static IEnumerable<(IdKinds Kind, MatchField Field, string? A, string? B)> Identifiers(Record a, Record b)
    {
        yield return (IdKinds.Doi, MatchField.Doi, a.Doi, b.Doi);
        yield return (IdKinds.Pmid, MatchField.Pmid, a.Pmid, b.Pmid);
        yield return (IdKinds.Pmcid, MatchField.Pmcid, a.Pmcid, b.Pmcid);
        yield return (IdKinds.WosUt, MatchField.WosUt, a.WosUt, b.WosUt);
        yield return (IdKinds.ScopusEid, MatchField.ScopusEid, a.ScopusEid, b.ScopusEid);
    }

    private static void CompareId(IdKinds kind, string? a, string? b, ref IdKinds shared, ref IdKinds conflicting)
    {
        if (a is null || b is null)
        {
            return;
        }

        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            shared |= kind;
        }
        else
        {
            conflicting |= kind;
        }
    }

    private static MatchOutcome? CompareYear(int? a, int? b, int tolerance)
    {
        if (a is null || b is null)
        {
            return null;
        }

        var difference = Math.Abs(a.Value - b.Value);
        return difference == 0 ? MatchOutcome.Agree : difference <= tolerance ? MatchOutcome.Near : MatchOutcome.Disagree;
    }

    /// <summary>Equal, or one contains the other at an end ("Pinto" / "Pinto-Gouveia", a dropped particle), or one letter apart.</summary>
    private static MatchOutcome? CompareAuthor(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return null;
        }

        if (a == b)
        {
            return MatchOutcome.Agree;
        }

        var shorter = Math.Min(a.Length, b.Length);
        var near = (shorter >= 4 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)
                || a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal)))
            || (shorter >= 5 && Math.Abs(a.Length - b.Length) <= 1 && TitleSimilarity.Distance(a, b, 1) <= 1);
        return near ? MatchOutcome.Near : MatchOutcome.Disagree;
    }

    private static MatchOutcome? CompareExact(string? a, string? b) =>
        a is null || b is null ? null : a == b ? MatchOutcome.Agree : MatchOutcome.Disagree;

    /// <summary>Equal word lists, or one the abbreviation of the other word by word ("Clin Pharmacokinet" ~ "Clinical Pharmacokinetics").</summary>
    private static MatchOutcome? CompareJournal(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return null;
        }

        if (a.Length != b.Length)
        {
            return MatchOutcome.Disagree;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (!a[i].StartsWith(b[i], StringComparison.Ordinal) && !b[i].StartsWith(a[i], StringComparison.Ordinal))
            {
                return MatchOutcome.Disagree;
            }
        }

        return MatchOutcome.Agree;
    }

    private static string DescribeTitles(in PairComparison c) =>
        c.TitleSimilarity == 1 ? "titles identical after normalisation"
        : c.ExtendedTitle ? "one title is the other with words added (a subtitle?)"
        : c.TitleSimilarity < c.TitleFloor ? Format($"title similarity below {c.TitleFloor:0.00}")
        : Format($"title similarity {c.TitleSimilarity:0.00}");

    private static string Summary(in PairComparison c, ImmutableArray<MatchEvidence> evidence)
    {
        var title = c.TitleSimilarity == 1 ? "same title" : c.ExtendedTitle ? "one title extends the other"
            : c.TitleSimilarity < c.TitleFloor ? "different titles" : Format($"titles {c.TitleSimilarity:0.00} similar");
        var agreeing = evidence
            .Where(e => e.Field is MatchField.Year or MatchField.FirstAuthor or MatchField.Journal or MatchField.Volume or MatchField.Pages
                && e.Outcome is MatchOutcome.Agree or MatchOutcome.Near)
            .Select(e => Name(e.Field)).ToList();
        return agreeing.Count == 0 ? title : $"{title}; {string.Join(", ", agreeing)} agree";
    }

    private static string Name(MatchField field) => field switch
    {
        MatchField.Doi => "DOI",
        MatchField.Pmid => "PMID",
        MatchField.Pmcid => "PMCID",
        MatchField.WosUt => "WoS UT",
        MatchField.ScopusEid => "Scopus EID",
        MatchField.FirstAuthor => "first author",
        MatchField.Pages => "first page",
        _ => field.ToString().ToLowerInvariant(),
    };

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
