using System.Collections.Immutable;

namespace MetaReview.Records.Internal;

/// <summary>
/// Collects one record's fields while a reader walks through it, then builds the immutable
/// <see cref="Record"/>. Values are offered with a priority (lower wins) so that each reader states once
/// which of its tags it prefers; identifiers are normalised on the way in.
/// </summary>
internal sealed class RecordBuilder(SourceContext context, int line)
{
    /// <summary>Priority of values found only indirectly (an identifier inside a link).</summary>
    public const int Indirect = 100;

    private readonly List<string> _authors = [];
    private readonly List<string> _keywords = [];
    private Ranked<string> _title;
    private Ranked<string> _abstract;
    private Ranked<string> _journal;
    private Ranked<string> _volume;
    private Ranked<string> _issue;
    private Ranked<string> _pages;
    private Ranked<string> _startPage;
    private Ranked<string> _endPage;
    private Ranked<string> _language;
    private Ranked<int?> _year;
    private Ranked<string> _doi;
    private Ranked<string> _pmid;
    private Ranked<string> _pmcid;
    private Ranked<string> _wosUt;
    private Ranked<string> _scopusEid;
    private Ranked<string> _database;
    private RecordType _type;

    public int Line { get; } = line;

    public SourceContext Context { get; } = context;

    public bool HasTitle => _title.HasValue;

    public void Title(string? value, int priority = 0) => _title.Offer(TextCleanup.Collapse(value), priority);

    public void Abstract(string? value, int priority = 0) => _abstract.Offer(TextCleanup.Collapse(value), priority);

    public void Journal(string? value, int priority = 0) => _journal.Offer(TextCleanup.Collapse(value), priority);

    public void Volume(string? value, int priority = 0) => _volume.Offer(TextCleanup.Collapse(value), priority);

    public void Issue(string? value, int priority = 0) => _issue.Offer(TextCleanup.Collapse(value), priority);

    /// <summary>A whole page range ("454-81", "e0006219").</summary>
    public void Pages(string? value, int priority = 0) => _pages.Offer(TextCleanup.Collapse(value), priority);

    public void StartPage(string? value, int priority = 0) => _startPage.Offer(TextCleanup.Collapse(value), priority);

    public void EndPage(string? value, int priority = 0) => _endPage.Offer(TextCleanup.Collapse(value), priority);

    public void Language(string? value, int priority = 0) => _language.Offer(TextCleanup.Collapse(value), priority);

    /// <summary>A date or year in any of the forms <see cref="YearParser"/> reads.</summary>
    public void Year(string? value, int priority = 0)
    {
        var year = YearParser.Parse(value);
        if (year is not null)
        {
            _year.Offer(year, priority);
        }
    }

    public void Author(string? value)
    {
        var name = TextCleanup.Collapse(value);
        if (name is not null)
        {
            _authors.Add(name);
        }
    }

    public void Keyword(string? value)
    {
        var keyword = TextCleanup.Collapse(value);
        if (keyword is not null)
        {
            _keywords.Add(keyword);
        }
    }

    /// <summary>Several keywords in one value, split at the separators given.</summary>
    public void Keywords(string? value, params char[] separators)
    {
        if (value is null)
        {
            return;
        }

        foreach (var keyword in TextCleanup.SplitList(value, separators))
        {
            _keywords.Add(keyword);
        }
    }

    public void Doi(string? value, int priority = 0) => _doi.Offer(Identifiers.NormalizeDoi(value), priority);

    public void Pmid(string? value, int priority = 0) => _pmid.Offer(Identifiers.NormalizePmid(value), priority);

    public void Pmcid(string? value, int priority = 0) => _pmcid.Offer(Identifiers.NormalizePmcid(value), priority);

    public void WosUt(string? value, int priority = 0) => _wosUt.Offer(Identifiers.NormalizeWosUt(value), priority);

    public void ScopusEid(string? value, int priority = 0) => _scopusEid.Offer(Identifiers.NormalizeScopusEid(value), priority);

    /// <summary>A link: the identifiers it reveals and the database whose record page it is.</summary>
    public void Url(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var ids = Identifiers.FromUrl(value);
        _doi.Offer(ids.Doi, Indirect);
        _pmid.Offer(ids.Pmid, Indirect);
        _pmcid.Offer(ids.Pmcid, Indirect);
        _scopusEid.Offer(ids.ScopusEid, Indirect);
        _wosUt.Offer(ids.WosUt, Indirect);
        _database.Offer(DatabaseNames.FromUrl(value), Indirect);
    }

    /// <summary>The database the record says it comes from.</summary>
    public void Database(string? name, int priority = 0) => _database.Offer(DatabaseNames.Canonical(name), priority);

    public void Type(RecordType type)
    {
        if (_type == RecordType.Unknown)
        {
            _type = type;
        }
    }

    public Record Build() => new()
    {
        Title = _title.Value,
        Abstract = _abstract.Value,
        Authors = [.. _authors],
        Year = _year.Value,
        Journal = _journal.Value,
        Volume = _volume.Value,
        Issue = _issue.Value,
        Pages = BuildPages(),
        Keywords = _keywords.Count == 0 ? [] : _keywords.Distinct(StringComparer.Ordinal).ToImmutableArray(),
        Doi = _doi.Value,
        Pmid = _pmid.Value,
        Pmcid = _pmcid.Value,
        WosUt = _wosUt.Value,
        ScopusEid = _scopusEid.Value,
        Type = _type,
        Language = _language.Value,
        SourceFile = Context.File,
        SourceDatabase = TextCleanup.Collapse(Context.Options.Database) ?? _database.Value,
        SourceLine = Line,
        SourceFormat = Context.Format,
    };

    private string? BuildPages()
    {
        if (_pages.HasValue)
        {
            return _pages.Value;
        }

        var start = _startPage.Value;
        var end = _endPage.Value;
        if (start is null)
        {
            return end;
        }

        return end is null || start.Contains('-', StringComparison.Ordinal) || end == start ? start : $"{start}-{end}";
    }
}
