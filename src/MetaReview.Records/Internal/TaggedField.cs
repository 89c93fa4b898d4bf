namespace MetaReview.Records.Internal;

/// <summary>One tagged field of a line-based export (RIS, MEDLINE, Ovid, WoS) with its continuation lines.</summary>
internal sealed class TaggedField(string tag, string value, int line)
{
    private readonly List<string> _values = [value];

    public string Tag { get; } = tag;

    public int Line { get; } = line;

    /// <summary>The first line's value and each continuation line as its own item (lists: keywords, authors, links).</summary>
    public IReadOnlyList<string> Values => _values;

    /// <summary>All lines joined by spaces (wrapped text: titles, abstracts).</summary>
    public string Text => _values.Count == 1 ? _values[0] : string.Join(' ', _values);

    public void Continue(string text) => _values.Add(text.Trim());
}
