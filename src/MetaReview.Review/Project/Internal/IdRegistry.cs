using System.Text.RegularExpressions;

namespace MetaReview.Review.Project.Internal;

/// <summary>
/// The ids of one kind (studies, outcomes, criteria, ...) defined so far: reports invalid and duplicate ids
/// where they are defined, and unknown ids (with "did you mean ...?") where they are used.
/// </summary>
internal sealed partial class IdRegistry<T>(string kind, ReadContext context)
    where T : class
{
    private readonly Dictionary<string, ReviewLocation> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T> _items = new(StringComparer.Ordinal);

    /// <summary>The kind of thing, as messages name it: "study", "outcome", "criterion".</summary>
    public string Kind { get; } = kind;

    public IEnumerable<string> Ids => _declared.Keys;

    /// <summary>
    /// Declares an id where it is defined: reports an invalid id, or a duplicate (naming where the first is),
    /// and returns false for them. Declared ids are known to references even when the rest of their definition
    /// has a problem, so that one mistake is not repeated at every use.
    /// </summary>
    public bool Declare(string id, ReviewLocation location, string? where)
    {
        if (!IdPattern().IsMatch(id))
        {
            context.Error(ReviewProblemCode.InvalidValue, location, ReviewMessages.In(where, ReviewMessages.InvalidId(Kind, id)), ReviewMessages.IdSuggestion(id));
            return false;
        }

        if (_declared.TryGetValue(id, out var first))
        {
            context.Error(ReviewProblemCode.DuplicateId, location, ReviewMessages.In(where, ReviewMessages.DuplicateId(Kind, id, first)));
            return false;
        }

        _declared.Add(id, location);
        return true;
    }

    /// <summary>Records the item of a declared id, read without problems.</summary>
    public void Add(string id, T item) => _items[id] = item;

    public T? Find(string id) => _items.TryGetValue(id, out var item) ? item : null;

    /// <summary>
    /// The item with this id; null, silently, when the id is declared but its definition has a problem (already
    /// reported); null after reporting the unknown reference at <paramref name="location"/> otherwise.
    /// </summary>
    public T? Resolve(string id, ReviewLocation location, string? where)
    {
        if (_items.TryGetValue(id, out var item))
        {
            return item;
        }

        if (_declared.ContainsKey(id))
        {
            return null;
        }

        var suggestion = Suggestions.DidYouMean(id, Ids) ?? (_declared.Count == 0 ? ReviewMessages.NoneDefined(Kind) : null);
        context.Error(ReviewProblemCode.UnknownReference, location, ReviewMessages.In(where, ReviewMessages.UnknownReference(Kind, id)), suggestion);
        return null;
    }

    /// <summary>Letters, digits, '_', '-' and '.', starting with a letter or digit: safe in references, file names and URLs.</summary>
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9_.\-]*$")]
    private static partial Regex IdPattern();
}
