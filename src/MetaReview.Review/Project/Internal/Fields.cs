using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Review.Project.Internal.Yaml;

namespace MetaReview.Review.Project.Internal;

/// <summary>
/// Reads the keys of one mapping of the review file: reports keys outside the schema (with "did you mean
/// ...?"), then gives typed access to the values, reporting missing keys and wrong types at their place.
/// Every message starts with <see cref="Where"/> (e.g. "study 'braga2018'") so that it reads on its own.
/// </summary>
internal sealed class Fields
{
    private readonly MappingNode? _node;

    /// <summary>Known keys that an unknown key was taken for (their absence is already explained by "did you mean").</summary>
    private readonly HashSet<string> _misspelt = new(StringComparer.Ordinal);

    private Fields(MappingNode? node, ReadContext context, string? where, ReviewLocation location)
    {
        _node = node;
        Context = context;
        Where = where;
        Location = location;
    }

    public ReadContext Context { get; }

    /// <summary>What the mapping is, for messages ("study 'braga2018'"), or null at the top level.</summary>
    public string? Where { get; }

    /// <summary>Where the mapping starts.</summary>
    public ReviewLocation Location { get; }

    /// <summary>False when the node was not a mapping (already reported); every read then gives nothing.</summary>
    public bool IsMapping => _node is not null;

    /// <summary>The keys present, in file order.</summary>
    public IEnumerable<MappingEntry> Entries => _node?.Entries ?? [];

    /// <summary>
    /// The mapping at <paramref name="node"/>, with every key not in <paramref name="known"/> reported (with the
    /// suggestion of <paramref name="suggest"/> when it has one, else the closest known key). A node that is not a
    /// mapping is reported as <paramref name="what"/> of the wrong type.
    /// </summary>
    public static Fields Of(Node node, ReadContext context, string? where, string what, IReadOnlyCollection<string> known, Func<string, string?>? suggest = null)
    {
        if (node is not MappingNode mapping)
        {
            context.Error(ReviewProblemCode.WrongType, node.Location, ReviewMessages.In(where, ReviewMessages.MustBeMapping(what, node)));
            return new Fields(null, context, where, node.Location);
        }

        var fields = new Fields(mapping, context, where, mapping.Location);
        foreach (var entry in mapping.Entries)
        {
            if (!known.Contains(entry.Name))
            {
                var closest = Suggestions.Closest(entry.Name, known);
                if (closest is not null)
                {
                    fields._misspelt.Add(closest);
                }

                context.Error(ReviewProblemCode.UnknownKey, entry.Key.Location, ReviewMessages.In(where, ReviewMessages.UnknownKey(entry.Name, where)),
                    suggest?.Invoke(entry.Name) ?? (closest is null ? null : ReviewMessages.DidYouMean(closest)));
            }
        }

        return fields;
    }

    /// <summary>
    /// A mapping-less reader placed at <paramref name="node"/>, for messages about a node that is not a
    /// mapping (e.g. a list of arms): every key is absent and every place is the node's.
    /// </summary>
    public static Fields At(Node node, ReadContext context, string? where) => new(null, context, where, node.Location);

    /// <summary>The text of <paramref name="key"/> in <paramref name="node"/> if it is a mapping, read before the mapping is (to name it in messages).</summary>
    public static string? Peek(Node node, string key) =>
        node is MappingNode m && m.Find(key)?.Value is ScalarNode { Value: { } v } && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    /// <summary>"study 'braga2018'" when the id is known, else "study".</summary>
    public static string Named(string kind, string? id) => id is null ? kind : $"{kind} '{id}'";

    public bool Has(string key) => _node?.Find(key) is { Value: not ScalarNode { Value: null } };

    public MappingEntry? Entry(string key) => _node?.Find(key);

    /// <summary>The value node of <paramref name="key"/>, or null when the key is absent or its value is null.</summary>
    public Node? Node(string key) => Entry(key) is { } e && e.Value is not ScalarNode { Value: null } ? e.Value : null;

    /// <summary>Where <paramref name="key"/>'s value is, or the mapping's start when the key is absent.</summary>
    public ReviewLocation LocationOf(string key) => Entry(key)?.Value.Location ?? Location;

    /// <summary>
    /// Reports that <paramref name="key"/> is required: at its value when present but empty, else at the mapping;
    /// not at all when an unknown key was already taken for it ("unknown key 'citaton'; did you mean 'citation'?").
    /// </summary>
    public void Missing(string key, string? suggestion = null)
    {
        var entry = Entry(key);
        if (entry is null && _misspelt.Contains(key))
        {
            return;
        }

        Context.Error(ReviewProblemCode.MissingField, entry?.Value.Location ?? Location,
            ReviewMessages.In(Where, entry is null ? ReviewMessages.MissingKey(key) : ReviewMessages.EmptyKey(key)), suggestion);
    }

    /// <summary>An error about <paramref name="key"/>'s value, at the value.</summary>
    public void ErrorAt(string key, ReviewProblemCode code, string message, string? suggestion = null) =>
        Context.Error(code, LocationOf(key), ReviewMessages.In(Where, message), suggestion);

    /// <summary>An error about the whole mapping, at its start.</summary>
    public void Error(ReviewProblemCode code, string message, string? suggestion = null) =>
        Context.Error(code, Location, ReviewMessages.In(Where, message), suggestion);

    public void WarningAt(string key, ReviewProblemCode code, string message, string? suggestion = null) =>
        Context.Warning(code, LocationOf(key), ReviewMessages.In(Where, message), suggestion);

    public void Warning(ReviewProblemCode code, string message, string? suggestion = null) =>
        Context.Warning(code, Location, ReviewMessages.In(Where, message), suggestion);

    /// <summary>The text of <paramref name="key"/> (trimmed), or null when absent, null or blank; a list or mapping is reported.</summary>
    public string? Text(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is ScalarNode scalar)
        {
            return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
        }

        ErrorAt(key, ReviewProblemCode.WrongType, ReviewMessages.MustBe(key, "text", node));
        return null;
    }

    /// <summary>The text of <paramref name="key"/>; a missing or blank value is reported.</summary>
    public string? RequiredText(string key, string? suggestion = null)
    {
        var node = Node(key);
        var text = Text(key);
        if (text is null && node is null or ScalarNode)
        {
            Missing(key, suggestion);
        }

        return text;
    }

    /// <summary>A number (a scalar in invariant notation; a trailing '%' is not allowed here), or null when absent.</summary>
    public double? Number(string key) => Node(key) is { } node ? ParseNumber(key, node) : null;

    /// <summary>A whole number, or null when absent.</summary>
    public int? Integer(string key)
    {
        if (Number(key) is not { } x)
        {
            return null;
        }

        if (x != Math.Floor(x) || x > int.MaxValue || x < int.MinValue)
        {
            ErrorAt(key, ReviewProblemCode.WrongType, ReviewMessages.MustBeWhole(key, x));
            return null;
        }

        return (int)x;
    }

    /// <summary>
    /// A number given plainly (<c>mean: 34.1</c>) or with its own source (<c>mean: {value: 34.1, source: "Table 2"}</c>);
    /// the plain form takes <paramref name="defaultSource"/>.
    /// </summary>
    public ReportedValue? Reported(string key, string name, string? defaultSource)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case MappingNode:
                {
                    var inner = Of(node, Context, ReviewMessages.Join(Where, $"'{key}'"), "a value", ValueKeys);
                    var value = inner.Node("value") is { } v ? inner.ParseNumber("value", v) : null;
                    if (inner.Node("value") is null)
                    {
                        inner.Missing("value");
                    }

                    return value is { } x ? new ReportedValue(name, x, inner.Text("source") ?? defaultSource, inner.LocationOf("value")) : null;
                }

            default:
                return ParseNumber(key, node) is { } y ? new ReportedValue(name, y, defaultSource, node.Location) : null;
        }
    }

    /// <summary>One of the named choices (compared ignoring case, with '-', '_' and ' ' alike), or null when absent or not one of them.</summary>
    public T? Choice<T>(string key, IReadOnlyList<(string Name, T Value)> choices)
        where T : struct
    {
        var text = Text(key);
        if (text is null)
        {
            return null;
        }

        var normalised = Suggestions.Normalise(text);
        foreach (var (name, value) in choices)
        {
            if (Suggestions.Normalise(name) == normalised)
            {
                return value;
            }
        }

        var names = choices.Select(c => c.Name).Distinct().ToList();
        ErrorAt(key, ReviewProblemCode.InvalidValue, ReviewMessages.NotOneOf(key, text, names), Suggestions.DidYouMean(text, names));
        return null;
    }

    /// <summary>The items of a list; null or absent gives none; anything but a list is reported.</summary>
    public ImmutableArray<Node> Items(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return [];
            case SequenceNode sequence:
                return sequence.Items;
            default:
                ErrorAt(key, ReviewProblemCode.WrongType, ReviewMessages.MustBe(key, "a list", node));
                return [];
        }
    }

    /// <summary>A list of texts; with <paramref name="allowSingle"/> one text is read as a list of one.</summary>
    public ImmutableArray<(string Text, ReviewLocation Location)> TextList(string key, bool allowSingle = false)
    {
        var node = Node(key);
        if (node is ScalarNode { Value: { } single } s && allowSingle)
        {
            return string.IsNullOrWhiteSpace(single) ? [] : [(single.Trim(), s.Location)];
        }

        var result = ImmutableArray.CreateBuilder<(string, ReviewLocation)>();
        foreach (var item in Items(key))
        {
            if (item is ScalarNode { Value: { } text } && !string.IsNullOrWhiteSpace(text))
            {
                result.Add((text.Trim(), item.Location));
            }
            else
            {
                Context.Error(ReviewProblemCode.WrongType, item.Location, ReviewMessages.In(Where, ReviewMessages.ItemMustBe(key, "text", item)));
            }
        }

        return result.ToImmutable();
    }

    private double? ParseNumber(string key, Node node)
    {
        if (node is ScalarNode { Value: { } text })
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
            {
                return x;
            }

            var comma = text.Trim().Replace(',', '.');
            var suggestion = text.Count(c => c == ',') == 1 && double.TryParse(comma, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                ? ReviewMessages.UseDecimalPoint(comma)
                : null;
            ErrorAt(key, ReviewProblemCode.WrongType, ReviewMessages.MustBe(key, "a number", node), suggestion);
            return null;
        }

        ErrorAt(key, ReviewProblemCode.WrongType, ReviewMessages.MustBe(key, "a number", node));
        return null;
    }

    private static readonly string[] ValueKeys = ["value", "source"];
}
