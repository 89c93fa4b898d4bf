using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>
/// Writes review.yaml through YamlDotNet's emitter, so that quoting and escaping are always valid YAML: text that
/// would read back as null is double-quoted, text with line breaks is a literal block, numbers are plain and at
/// full precision ("R", the shortest text that reads back to the same double).
/// </summary>
internal sealed class YamlOut
{
    private readonly IEmitter _emitter;

    public YamlOut(TextWriter writer)
    {
        var settings = new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024)
            .WithIndentedSequences();
        _emitter = new Emitter(writer, settings);
        _emitter.Emit(new StreamStart());
        _emitter.Emit(new DocumentStart(null, null, isImplicit: true));
    }

    public void End()
    {
        _emitter.Emit(new DocumentEnd(isImplicit: true));
        _emitter.Emit(new StreamEnd());
    }

    public void Comment(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            _emitter.Emit(new Comment(line, isInline: false));
        }
    }

    public void BeginMapping(bool flow = false) =>
        _emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, flow ? MappingStyle.Flow : MappingStyle.Block));

    public void EndMapping() => _emitter.Emit(new MappingEnd());

    public void BeginSequence(bool flow = false) =>
        _emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, flow ? SequenceStyle.Flow : SequenceStyle.Block));

    public void EndSequence() => _emitter.Emit(new SequenceEnd());

    /// <summary>A text scalar: plain where YAML allows, double-quoted where it would read as null, a literal block for several lines.</summary>
    public void Text(string value)
    {
        var style = value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : value.Trim() is "" or "~" || value.Equals("null", StringComparison.OrdinalIgnoreCase) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Any;
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    public void Number(double value) =>
        _emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString("R", CultureInfo.InvariantCulture), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));

    public void Key(string key) => Text(key);

    public void Pair(string key, string value)
    {
        Key(key);
        Text(value);
    }

    public void Pair(string key, double value)
    {
        Key(key);
        Number(value);
    }

    /// <summary>A key with a value only when the value is not null or empty.</summary>
    public void Optional(string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Pair(key, value);
        }
    }

    public void TextList(string key, IEnumerable<string> values, bool flow = true)
    {
        Key(key);
        BeginSequence(flow);
        foreach (var v in values)
        {
            Text(v);
        }

        EndSequence();
    }
}
