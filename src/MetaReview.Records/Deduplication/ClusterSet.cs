namespace MetaReview.Records.Deduplication;

/// <summary>
/// Union-find over record indices that refuses merges which would put two different identifiers of one
/// kind (two DOIs, two PMIDs…) in one group, or join records a reviewer said are different. This keeps
/// chains of pairwise matches from gluing distinct articles together.
/// </summary>
internal sealed class ClusterSet
{
    private readonly IReadOnlyList<Record> _records;
    private readonly int[] _parent;
    private readonly List<int>?[] _members;
    private readonly HashSet<long> _cannotLink;

    public ClusterSet(IReadOnlyList<Record> records, HashSet<long> cannotLink)
    {
        _records = records;
        _parent = new int[records.Count];
        _members = new List<int>?[records.Count];
        _cannotLink = cannotLink;
        for (var i = 0; i < _parent.Length; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }

        return i;
    }

    /// <summary>The members of the group holding <paramref name="i"/>.</summary>
    public IReadOnlyList<int> MembersOf(int i)
    {
        var root = Find(i);
        return _members[root] ?? [root];
    }

    /// <summary>Whether a reviewer said some member of one group differs from some member of the other.</summary>
    public bool KeptApart(int a, int b)
    {
        if (_cannotLink.Count == 0)
        {
            return false;
        }

        foreach (var x in MembersOf(a))
        {
            foreach (var y in MembersOf(b))
            {
                if (_cannotLink.Contains(Blocking.Pair(x, y)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The identifier kind on which the two groups conflict ("DOI"), or null.</summary>
    public string? Conflict(int a, int b)
    {
        var ma = MembersOf(a);
        var mb = MembersOf(b);
        return Differ(ma, mb, r => r.Doi) ? "DOI"
            : Differ(ma, mb, r => r.Pmid) ? "PMID"
            : Differ(ma, mb, r => r.Pmcid) ? "PMCID"
            : Differ(ma, mb, r => r.WosUt) ? "WoS UT"
            : Differ(ma, mb, r => r.ScopusEid) ? "Scopus EID"
            : null;
    }

    /// <summary>Joins the groups of <paramref name="a"/> and <paramref name="b"/>; false when already one group.</summary>
    public bool Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra == rb)
        {
            return false;
        }

        var la = _members[ra] ?? [ra];
        var lb = _members[rb] ?? [rb];
        if (la.Count < lb.Count)
        {
            (ra, rb, la, lb) = (rb, ra, lb, la);
        }

        la.AddRange(lb);
        _members[ra] = la;
        _members[rb] = null;
        _parent[rb] = ra;
        return true;
    }

    /// <summary>Both groups have values of this identifier and none in common.</summary>
    private bool Differ(IReadOnlyList<int> a, IReadOnlyList<int> b, Func<Record, string?> id)
    {
        HashSet<string>? values = null;
        foreach (var i in a)
        {
            if (id(_records[i]) is { } v)
            {
                (values ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(v);
            }
        }

        if (values is null)
        {
            return false;
        }

        var any = false;
        foreach (var j in b)
        {
            if (id(_records[j]) is { } v)
            {
                if (values.Contains(v))
                {
                    return false;
                }

                any = true;
            }
        }

        return any;
    }
}
