using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace MetaReview.Records.Deduplication;

/// <summary>
/// Finds records that describe the same article: exact matches on normalised identifiers (DOI, PMID,
/// PMCID, WoS UT, Scopus EID), then fuzzy matches on title, year, first author, journal, volume and pages
/// among records whose titles share a key. Certain pairs are merged with their reason; uncertain pairs go
/// to a review list that <see cref="DuplicateDecision"/>s answer.
/// </summary>
/// <remarks>
/// Links are made in a fixed order — reviewer decisions, then identifier blocks, then identical titles,
/// then similar titles — and a link is refused when it would put two different identifiers of one kind
/// (two DOIs, two PMIDs…) into one group or join records a reviewer said differ; such a pair goes to review.
/// The result depends only on the records, their order and the decisions.
/// </remarks>
public static class Deduplicator
{
    /// <summary>Title blocks with more groups than this are compared in a sliding window of this size.</summary>
    private const int Window = 50;

    /// <summary>De-duplicates records (of one or many imports).</summary>
    /// <param name="records">The records, e.g. <see cref="ImportBatch.Records"/>.</param>
    /// <param name="options">Thresholds; <see cref="DeduplicationOptions.Default"/> when null.</param>
    /// <param name="decisions">Reviewer decisions from earlier runs; for the same pair the last one counts. Decisions naming records not given are ignored.</param>
    public static DeduplicationResult Deduplicate(
        IReadOnlyList<Record> records, DeduplicationOptions? options = null, IEnumerable<DuplicateDecision>? decisions = null)
    {
        options ??= DeduplicationOptions.Default;
        var list = records as ImmutableArray<Record>? ?? [.. records];
        var keys = new MatchKey[list.Length];
        var journals = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);
        Parallel.For(0, list.Length, i => keys[i] = new MatchKey(list[i], journals));
        var (mustLink, cannotLink, applied) = ResolveDecisions(list, decisions);
        var run = new Run(list, keys, options, new ClusterSet(list, cannotLink), IdenticalClasses(list, keys, mustLink, cannotLink));

        foreach (var pair in mustLink.Order())
        {
            var (i, j) = ((int)(pair >> 32), (int)(pair & 0xFFFFFFFF));
            if (run.Clusters.Union(i, j))
            {
                run.Links.Add(new DuplicateLink(i, j, 1.0, LinkKind.Decision, [], "marked as duplicates by the reviewer"));
            }
        }

        run.ConsiderIdenticalRecords();
        var blocking = Blocking.Build(list, keys, run.Representatives);
        foreach (var block in blocking.IdentifierBlocks)
        {
            run.ConsiderAll(block);
        }

        foreach (var group in blocking.TitleGroups)
        {
            run.ConsiderAll(group);
        }

        var comparedGroups = new HashSet<long>();
        foreach (var block in blocking.TitleBlocks)
        {
            var ordered = block.Length <= options.MaxBlockSize ? block
                : [.. block.OrderBy(g => blocking.GroupTitles[g], StringComparer.Ordinal)];
            var reach = block.Length <= options.MaxBlockSize ? block.Length : Window;
            for (var x = 0; x < ordered.Length; x++)
            {
                for (var y = x + 1; y < Math.Min(ordered.Length, x + reach); y++)
                {
                    var (g, h) = (ordered[x], ordered[y]);
                    if (!comparedGroups.Add(Blocking.Pair(g, h))
                        || TitleSimilarity.Of(blocking.GroupTitles[g], blocking.GroupTitles[h], options.ReviewTitleSimilarity, out _) < options.ReviewTitleSimilarity)
                    {
                        continue;
                    }

                    foreach (var i in blocking.TitleGroups[g])
                    {
                        foreach (var j in blocking.TitleGroups[h])
                        {
                            run.Consider(i, j);
                        }
                    }
                }
            }
        }

        return new DeduplicationResult
        {
            Records = list,
            Groups = BuildGroups(list, run.Clusters, run.Links),
            ReviewPairs = BuildReviewList(list, run),
            Options = options,
            Decisions = applied,
        };
    }

    /// <summary>
    /// Records that are identical in every compared field (the same export imported twice, one article
    /// found by overlapping searches): compared once as a class, through their first member. Records named
    /// in a decision stay on their own.
    /// </summary>
    private static List<int[]> IdenticalClasses(ImmutableArray<Record> records, MatchKey[] keys, HashSet<long> mustLink, HashSet<long> cannotLink)
    {
        var decided = new HashSet<int>();
        foreach (var pair in mustLink.Concat(cannotLink))
        {
            decided.Add((int)(pair >> 32));
            decided.Add((int)(pair & 0xFFFFFFFF));
        }

        var byKey = new Dictionary<((string, int?, string, string?, string?, string), (string?, string?, string?, string?, string?)), int>();
        var classes = new List<List<int>>();
        for (var i = 0; i < records.Length; i++)
        {
            if (decided.Contains(i))
            {
                classes.Add([i]);
                continue;
            }

            var (r, k) = (records[i], keys[i]);
            var signature = ((k.Title, k.Year, k.Author, k.Volume, k.StartPage, k.JournalKey), (r.Doi, r.Pmid, r.Pmcid, r.WosUt, r.ScopusEid));
            if (byKey.TryGetValue(signature, out var c))
            {
                classes[c].Add(i);
                continue;
            }

            byKey[signature] = classes.Count;
            classes.Add([i]);
        }

        return [.. classes.Select(c => c.ToArray())];
    }

    private static (HashSet<long> MustLink, HashSet<long> CannotLink, ImmutableArray<DuplicateDecision> Applied) ResolveDecisions(
        ImmutableArray<Record> records, IEnumerable<DuplicateDecision>? decisions)
    {
        var mustLink = new HashSet<long>();
        var cannotLink = new HashSet<long>();
        var all = decisions?.ToImmutableArray() ?? [];
        if (all.IsEmpty)
        {
            return (mustLink, cannotLink, all);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < records.Length; i++)
        {
            index.TryAdd(records[i].Key, i);
        }

        var last = new Dictionary<long, bool>();
        foreach (var d in all)
        {
            if (index.TryGetValue(d.FirstKey, out var i) && index.TryGetValue(d.SecondKey, out var j) && i != j)
            {
                last[Blocking.Pair(i, j)] = d.IsDuplicate;
            }
        }

        foreach (var (pair, isDuplicate) in last)
        {
            (isDuplicate ? mustLink : cannotLink).Add(pair);
        }

        return (mustLink, cannotLink, all);
    }

    private static ImmutableArray<DuplicateGroup> BuildGroups(ImmutableArray<Record> records, ClusterSet clusters, List<DuplicateLink> links)
    {
        var linksByRoot = links.GroupBy(l => clusters.Find(l.First)).ToDictionary(g => g.Key, g => g.ToImmutableArray());
        var groups = ImmutableArray.CreateBuilder<DuplicateGroup>();
        var done = new bool[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            if (done[i])
            {
                continue;
            }

            var sorted = clusters.MembersOf(i).Order().ToImmutableArray();
            foreach (var m in sorted)
            {
                done[m] = true;
            }

            var memberRecords = sorted.Select(m => records[m]).ToImmutableArray();
            groups.Add(new DuplicateGroup
            {
                Members = sorted,
                Records = memberRecords,
                Merged = RecordMerger.Merge(memberRecords),
                Links = linksByRoot.GetValueOrDefault(clusters.Find(i), []),
            });
        }

        return groups.ToImmutable();
    }

    private static ImmutableArray<ReviewPair> BuildReviewList(ImmutableArray<Record> records, Run run)
    {
        var best = new Dictionary<long, (int I, int J, PairComparison C, string? Note)>();
        foreach (var p in run.Possible)
        {
            var (ri, rj) = (run.Clusters.Find(p.I), run.Clusters.Find(p.J));
            if (ri == rj || run.Clusters.KeptApart(p.I, p.J))
            {
                continue;
            }

            var key = Blocking.Pair(ri, rj);
            if (!best.TryGetValue(key, out var current) || p.C.Score > current.C.Score
                || (p.C.Score == current.C.Score && (p.I, p.J).CompareTo((current.I, current.J)) < 0))
            {
                best[key] = p;
            }
        }

        return [.. best.Values
            .OrderByDescending(p => p.C.Score).ThenBy(p => p.I).ThenBy(p => p.J)
            .Select(p =>
            {
                var (evidence, reason) = PairScorer.Explain(records[p.I], records[p.J], p.C);
                return new ReviewPair(p.I, p.J, records[p.I].Key, records[p.J].Key, p.C.Score, evidence, p.Note is null ? reason : $"{reason}, {p.Note}");
            })];
    }

    /// <summary>The state of one de-duplication: groups so far, links made, pairs to review.</summary>
    private sealed class Run(ImmutableArray<Record> records, MatchKey[] keys, DeduplicationOptions options, ClusterSet clusters, List<int[]> classes)
    {
        private readonly int[] _classOf = ClassIndex(records.Length, classes);

        public ClusterSet Clusters { get; } = clusters;

        public List<DuplicateLink> Links { get; } = [];

        public List<(int I, int J, PairComparison C, string? Note)> Possible { get; } = [];

        /// <summary>The first record of each class of identical records.</summary>
        public IEnumerable<int> Representatives => classes.Select(c => c[0]);

        /// <summary>Compares each class's first two records once; the answer holds for every pair in the class.</summary>
        public void ConsiderIdenticalRecords()
        {
            foreach (var members in classes)
            {
                if (members.Length < 2)
                {
                    continue;
                }

                var (first, second) = (members[0], members[1]);
                var c = PairScorer.Compare(records[first], keys[first], records[second], keys[second], options);
                if (c.Verdict == MatchVerdict.Distinct)
                {
                    continue;
                }

                (ImmutableArray<MatchEvidence> Evidence, string Reason)? explained = null;
                foreach (var m in members.AsSpan(1))
                {
                    if (c.Verdict == MatchVerdict.Possible)
                    {
                        Possible.Add((first, m, c, null));
                    }
                    else
                    {
                        explained ??= PairScorer.Explain(records[first], records[m], c);
                        Link(first, m, c, explained.Value);
                    }
                }
            }
        }

        public void ConsiderAll(int[] block)
        {
            for (var x = 0; x < block.Length; x++)
            {
                for (var y = x + 1; y < block.Length; y++)
                {
                    Consider(block[x], block[y]);
                }
            }
        }

        /// <summary>Compares two class representatives; a merge takes both classes along.</summary>
        public void Consider(int i, int j)
        {
            if (i == j || Clusters.Find(i) == Clusters.Find(j) || Clusters.KeptApart(i, j))
            {
                return;
            }

            if (i > j)
            {
                (i, j) = (j, i);
            }

            var c = PairScorer.Compare(records[i], keys[i], records[j], keys[j], options);
            switch (c.Verdict)
            {
                case MatchVerdict.Duplicate:
                    var explained = PairScorer.Explain(records[i], records[j], c);
                    Link(i, j, c, explained);
                    foreach (var m in classes[_classOf[i]].Concat(classes[_classOf[j]]))
                    {
                        Link(i, m, c, explained);
                    }

                    break;
                case MatchVerdict.Possible:
                    Possible.Add((i, j, c, null));
                    break;
                default:
                    break;
            }
        }

        /// <summary>Joins the groups of <paramref name="i"/> and <paramref name="j"/> unless a conflict or a decision forbids it (then the pair goes to review).</summary>
        private void Link(int i, int j, in PairComparison c, (ImmutableArray<MatchEvidence> Evidence, string Reason) explained)
        {
            if (Clusters.Find(i) == Clusters.Find(j) || Clusters.KeptApart(i, j))
            {
                return;
            }

            if (Clusters.Conflict(i, j) is { } id)
            {
                Possible.Add((i, j, c, $"but merging would join records with different {id}s"));
                return;
            }

            Clusters.Union(i, j);
            Links.Add(new DuplicateLink(Math.Min(i, j), Math.Max(i, j), c.Score, c.Kind, explained.Evidence, explained.Reason));
        }

        private static int[] ClassIndex(int count, List<int[]> classes)
        {
            var classOf = new int[count];
            for (var c = 0; c < classes.Count; c++)
            {
                foreach (var m in classes[c])
                {
                    classOf[m] = c;
                }
            }

            return classOf;
        }
    }
}
