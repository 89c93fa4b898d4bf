namespace MetaReview.Records.Deduplication;

/// <summary>
/// Builds the record standing for a group: the most complete member, with what it lacks taken from the
/// others (first member that has it), the longest abstract and the keywords of all members.
/// </summary>
internal static class RecordMerger
{
    public static Record Merge(IReadOnlyList<Record> members)
    {
        if (members.Count == 1)
        {
            return members[0];
        }

        var primary = members.OrderByDescending(Completeness).First();
        return primary with
        {
            Title = primary.Title ?? members.Select(m => m.Title).FirstOrDefault(v => v is not null),
            Abstract = members.Select(m => m.Abstract).Where(v => v is not null).MaxBy(v => v!.Length),
            Authors = primary.Authors.Length > 0 ? primary.Authors : members.Select(m => m.Authors).FirstOrDefault(a => a.Length > 0, primary.Authors),
            Year = primary.Year ?? members.Select(m => m.Year).FirstOrDefault(v => v is not null),
            Journal = primary.Journal ?? members.Select(m => m.Journal).FirstOrDefault(v => v is not null),
            Volume = primary.Volume ?? members.Select(m => m.Volume).FirstOrDefault(v => v is not null),
            Issue = primary.Issue ?? members.Select(m => m.Issue).FirstOrDefault(v => v is not null),
            Pages = primary.Pages ?? members.Select(m => m.Pages).FirstOrDefault(v => v is not null),
            Keywords = [.. members.SelectMany(m => m.Keywords).Distinct(StringComparer.OrdinalIgnoreCase)],
            Doi = primary.Doi ?? members.Select(m => m.Doi).FirstOrDefault(v => v is not null),
            Pmid = primary.Pmid ?? members.Select(m => m.Pmid).FirstOrDefault(v => v is not null),
            Pmcid = primary.Pmcid ?? members.Select(m => m.Pmcid).FirstOrDefault(v => v is not null),
            WosUt = primary.WosUt ?? members.Select(m => m.WosUt).FirstOrDefault(v => v is not null),
            ScopusEid = primary.ScopusEid ?? members.Select(m => m.ScopusEid).FirstOrDefault(v => v is not null),
            Type = primary.Type != RecordType.Unknown ? primary.Type : members.Select(m => m.Type).FirstOrDefault(t => t != RecordType.Unknown),
            Language = primary.Language ?? members.Select(m => m.Language).FirstOrDefault(v => v is not null),
        };
    }

    /// <summary>How many fields a record fills (the abstract and authors count double: screening needs them).</summary>
    private static int Completeness(Record r) =>
        (r.Title is null ? 0 : 1) + (r.Abstract is null ? 0 : 2) + (r.Authors.Length > 0 ? 2 : 0) + (r.Year is null ? 0 : 1)
        + (r.Journal is null ? 0 : 1) + (r.Volume is null ? 0 : 1) + (r.Issue is null ? 0 : 1) + (r.Pages is null ? 0 : 1)
        + (r.Doi is null ? 0 : 1) + (r.Pmid is null ? 0 : 1) + (r.Pmcid is null ? 0 : 1) + (r.WosUt is null ? 0 : 1)
        + (r.ScopusEid is null ? 0 : 1) + (r.Keywords.Length > 0 ? 1 : 0) + (r.Language is null ? 0 : 1);
}
