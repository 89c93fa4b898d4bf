using System.Text.RegularExpressions;

namespace MetaReview.Review.Project.Internal;

/// <summary>
/// The ids of one kind (studies, outcomes, criteria, ...) defined so far: reports invalid and duplicate ids
/// where they are defined, and unknown ids (with "did you mean ...?") where they are used.
/// </summary>
internal sealed partial class IdRegistry<T>(string kind, ReadContext context)
    where T : class
{
    private readonly Dictionary<string, (T Item, ReviewLocation Location)> _items = new(StringComparer.Ordinal);

    /// <summary>The kind of thing, as messages name it: "study", "outcome", "criterion".</summary>
    public string Kind { get; } = kind;

    public IEnumerable<string> Ids => _items.Keys;

    public IEnumerable<T> Items => _items.Values.Select(v => v.Item);

    /// <summary>True when <paramref name="id"/> is usable as an id; otherwise reports why, at <paramref name="location"/>.</summary>
    public bool IsValidId(string id, ReviewLocation location, string? where)
    {
        if (IdPattern().IsMatch(id))
        {
            return true;
        }

        context.Error(ReviewProblemCode.InvalidValue, location, ReviewMessages.In(where, ReviewMessages.InvalidId(Kind, id)), ReviewMessages.IdSuggestion(id));
        return false;
    }

    /// <summary>Adds the item, or reports a duplicate id (naming where the first is) and returns false.</summary>
    public bool Add(string id, T item, ReviewLocation location, string? where = null)
    {
        if (_items.TryGetValue(id, out var first))
        {
            context.Error(ReviewProblemCode.DuplicateId, location, ReviewMessages.In(where, ReviewMessages.DuplicateId(Kind, id, first.Location)));
            return false;
        }

        _items.Add(id, (item, location));
        return true;
    }

    public T? Find(string id) => _items.TryGetValue(id, out var entry) ? entry.Item : null;

    /// <summary>The item with this id, or null after reporting the unknown reference at <paramref name="location"/>.</summary>
    public T? Resolve(string id, ReviewLocation location, string? where)
    {
        if (Find(id) is { } item)
        {
            return item;
        }

        var suggestion = Suggestions.DidYouMean(id, Ids) ?? (_items.Count == 0 ? ReviewMessages.NoneDefined(Kind) : null);
        context.Error(ReviewProblemCode.UnknownReference, location, ReviewMessages.In(where, ReviewMessages.UnknownReference(Kind, id)), suggestion);
        return null;
    }

    /// <summary>Letters, digits, '_', '-' and '.', starting with a letter or digit: safe in references, file names and URLs.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")]
    private static partial Regex IdPattern();
}
