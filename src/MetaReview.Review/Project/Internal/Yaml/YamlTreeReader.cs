using System.Collections.Immutable;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MetaReview.Review.Project.Internal.Yaml;

/// <summary>
/// Reads YAML text into a tree of located <see cref="Node"/>s with YamlDotNet's event parser (so that every
/// node keeps its line and column, and duplicate keys are found instead of silently overwritten). Anchors
/// and aliases are resolved; a syntax error stops reading and is reported where the parser stopped.
/// </summary>
internal static class YamlTreeReader
{
    /// <summary>The root node of the first document, or <see langword="null"/> when the text is empty or not valid YAML.</summary>
    public static Node? Read(string text, ReadContext context)
    {
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var anchors = new Dictionary<string, Node>(StringComparer.Ordinal);
            var root = ReadNode(parser, context, anchors);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                context.Error(ReviewProblemCode.YamlSyntax, context.At(second.Start), ReviewMessages.SecondDocument);
            }

            return root;
        }
        catch (YamlException e)
        {
            context.Error(ReviewProblemCode.YamlSyntax, context.At(e.Start), ReviewMessages.YamlSyntax(e.Message));
            return null;
        }
    }

    private static Node ReadNode(IParser parser, ReadContext context, Dictionary<string, Node> anchors)
    {
        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            if (anchors.TryGetValue(alias.Value.Value, out var target))
            {
                return target;
            }

            throw new YamlException(alias.Start, alias.End, $"The alias '*{alias.Value.Value}' names no anchor defined before it.");
        }

        Node node;
        YamlDotNet.Core.AnchorName anchor;
        if (parser.TryConsume<Scalar>(out var scalar))
        {
            var isQuoted = scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted;
            var isNull = !isQuoted && scalar.Style != ScalarStyle.Literal && scalar.Style != ScalarStyle.Folded
                && scalar.Value is "" or "~" or "null" or "Null" or "NULL";
            node = new ScalarNode(isNull ? null : scalar.Value, isQuoted, context.At(scalar.Start));
            anchor = scalar.Anchor;
        }
        else if (parser.TryConsume<SequenceStart>(out var sequenceStart))
        {
            var items = ImmutableArray.CreateBuilder<Node>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(parser, context, anchors));
            }

            node = new SequenceNode(items.ToImmutable(), context.At(sequenceStart.Start));
            anchor = sequenceStart.Anchor;
        }
        else
        {
            var mappingStart = parser.Consume<MappingStart>();
            node = new MappingNode(ReadEntries(parser, context, anchors), context.At(mappingStart.Start));
            anchor = mappingStart.Anchor;
        }

        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = node;
        }

        return node;
    }

    private static ImmutableArray<MappingEntry> ReadEntries(IParser parser, ReadContext context, Dictionary<string, Node> anchors)
    {
        var entries = ImmutableArray.CreateBuilder<MappingEntry>();
        var seen = new Dictionary<string, ScalarNode>(StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var keyNode = ReadNode(parser, context, anchors);
            var value = ReadNode(parser, context, anchors);
            if (keyNode is not ScalarNode key)
            {
                context.Error(ReviewProblemCode.WrongType, keyNode.Location, ReviewMessages.ComplexKey);
                continue;
            }

            var name = key.Value ?? "";
            if (seen.TryGetValue(name, out var first))
            {
                context.Error(ReviewProblemCode.DuplicateKey, key.Location, ReviewMessages.DuplicateKey(name, first.Location));
                continue;
            }

            seen.Add(name, key);
            entries.Add(new MappingEntry(key, value));
        }

        return entries.ToImmutable();
    }
}
