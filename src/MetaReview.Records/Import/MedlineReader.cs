using MetaReview.Records.Internal;

namespace MetaReview.Records.Import;

/// <summary>
/// PubMed's MEDLINE format (<c>.nbib</c>, <c>.txt</c>): records separated by blank lines, each starting
/// with <c>PMID- </c>; a field is a tag padded to four characters, <c>- </c> and the value; continuation
/// lines are indented (six spaces).
/// </summary>
/// <remarks>
/// A block of lines that does not start with a well-formed <c>PMID- </c> line is a malformed record and is
/// skipped with its place. Inside a record, a line that is neither a field nor a continuation is ignored
/// with a warning. Repeated <c>TI</c> and <c>AB</c> fields are joined; full author names (<c>FAU</c>) are
/// preferred to short ones (<c>AU</c>).
/// </remarks>
internal sealed class MedlineReader : ITextRecordReader
{
    public IEnumerable<ReadItem> Read(TextReader reader, SourceContext context)
    {
        var block = new List<TextLine>();
        foreach (var line in LineSource.Lines(reader))
        {
            if (line.IsBlank)
            {
                foreach (var item in ReadBlock(block, context))
                {
                    yield return item;
                }

                block.Clear();
                continue;
            }

            if (block.Count > 0 && TryParseTag(line.Text, out var tag, out _) && tag == "PMID")
            {
                foreach (var item in ReadBlock(block, context))
                {
                    yield return item;
                }

                block.Clear();
            }

            block.Add(line);
        }

        foreach (var item in ReadBlock(block, context))
        {
            yield return item;
        }
    }

    /// <summary>"TI  - value", "PMID- value", "FAU -" (empty): four-character tag field, hyphen, space.</summary>
    internal static bool TryParseTag(string line, out string tag, out string value)
    {
        tag = "";
        value = "";
        if (line.Length < 5 || line[4] != '-' || (line.Length > 5 && line[5] != ' '))
        {
            return false;
        }

        var length = 0;
        while (length < 4 && (char.IsAsciiLetterUpper(line[length]) || char.IsAsciiDigit(line[length])))
        {
            length++;
        }

        if (length < 2)
        {
            return false;
        }

        for (var i = length; i < 4; i++)
        {
            if (line[i] != ' ')
            {
                return false;
            }
        }

        tag = line[..length];
        value = line.Length > 6 ? line[6..].Trim() : "";
        return true;
    }

    private static IEnumerable<ReadItem> ReadBlock(List<TextLine> block, SourceContext context)
    {
        if (block.Count == 0)
        {
            yield break;
        }

        var first = block[0];
        var firstIsPmid = TryParseTag(first.Text, out var firstTag, out _) && firstTag == "PMID";
        if (!firstIsPmid)
        {
            var hasTags = block.Any(l => TryParseTag(l.Text, out _, out _));
            if (!hasTags)
            {
                yield return ReadItem.Note(context.Warning(first.Number, 1, ImportMessages.TextOutsideRecord(first.Text)));
                yield break;
            }

            // "PMID-22664220": the tag is right but the space after the hyphen is missing.
            var column = first.Text.StartsWith("PMID-", StringComparison.Ordinal) ? 6 : 1;
            yield return ReadItem.Malformed(context.Error(first.Number, column, ImportMessages.MedlineNoPmid(first.Text)));
            yield break;
        }

        var fields = new List<TaggedField>();
        foreach (var line in block)
        {
            if (TryParseTag(line.Text, out var tag, out var value))
            {
                fields.Add(new TaggedField(tag, value, line.Number));
            }
            else if (char.IsWhiteSpace(line.Text[0]) && fields.Count > 0)
            {
                fields[^1].Continue(line.Text);
            }
            else
            {
                yield return ReadItem.Note(context.Warning(line.Number, 1, ImportMessages.MedlineBadTagLine(line.Text)));
            }
        }

        yield return ReadItem.Ok(Map(fields, first.Number, context));
    }

    private static Record Map(List<TaggedField> fields, int line, SourceContext context)
    {
        var b = context.NewRecord(line);
        var hasFullNames = fields.Any(f => f.Tag == "FAU");
        var title = new List<string>();
        var abstractParts = new List<string>();
        var types = new List<RecordType>();
        foreach (var f in fields)
        {
            var text = f.Text;
            switch (f.Tag)
            {
                case "PMID": b.Pmid(text); break;
                case "TI": title.Add(text); break;
                case "BTI": b.Title(text, 1); break;
                case "AB": abstractParts.Add(text); break;
                case "FAU" when hasFullNames: b.Author(text); break;
                case "AU" when !hasFullNames: b.Author(text); break;
                case "CN": b.Author(text); break;
                case "DP": b.Year(text, 0); break;
                case "DEP": b.Year(text, 1); break;
                case "JT": b.Journal(text, 0); break;
                case "TA": b.Journal(text, 1); break;
                case "CTI": b.Journal(text, 2); break;
                case "VI": b.Volume(text); break;
                case "IP": b.Issue(text); break;
                case "PG": b.Pages(text); break;
                case "LID" when text.Contains("[doi]", StringComparison.Ordinal): b.Doi(text, 0); break;
                case "AID" when text.Contains("[doi]", StringComparison.Ordinal): b.Doi(text, 1); break;
                case "SO" when text.Contains("doi:", StringComparison.OrdinalIgnoreCase): b.Doi(text, 5); break;
                case "PMC": b.Pmcid(text); break;
                case "MH" or "OT": b.Keyword(text); break;
                case "LA": b.Language(text); break;
                case "PT": types.Add(RecordTypes.FromName(text)); break;
                default: break;
            }
        }

        b.Title(title.Count == 0 ? null : string.Join(' ', title), 0);
        b.Abstract(abstractParts.Count == 0 ? null : string.Join(' ', abstractParts));
        b.Type(types.Where(t => t is not (RecordType.Other or RecordType.Unknown)).DefaultIfEmpty(types.FirstOrDefault()).First());
        b.Database(DatabaseNames.PubMed, 90);
        return b.Build();
    }
}
