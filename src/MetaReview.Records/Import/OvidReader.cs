using MetaReview.Records.Internal;

namespace MetaReview.Records.Import;

/// <summary>
/// Ovid's tagged export (Embase, MEDLINE, PsycINFO via Ovid; the "Citavi" and "EndNote" options):
/// each record starts with a header line <c>&lt;3001. &gt;</c>; fields are <c>XX  - value</c>; lines
/// without a tag (indented or not) continue the previous field.
/// </summary>
internal sealed class OvidReader : ITextRecordReader
{
    public IEnumerable<ReadItem> Read(TextReader reader, SourceContext context)
    {
        List<TaggedField>? fields = null;
        var start = 0;
        var ignoredTextReported = false;
        foreach (var line in LineSource.Lines(reader))
        {
            if (IsHeader(line.Text))
            {
                if (fields is not null)
                {
                    yield return ReadItem.Ok(Map(fields, start, context));
                }

                fields = [];
                start = line.Number;
                continue;
            }

            if (line.IsBlank)
            {
                continue;
            }

            if (fields is null)
            {
                if (!ignoredTextReported)
                {
                    yield return ReadItem.Note(context.Warning(line.Number, 1, ImportMessages.TextOutsideRecord(line.Text)));
                    ignoredTextReported = true;
                }

                continue;
            }

            if (RisReader.TryParseTag(line.Text, out var tag, out var value))
            {
                fields.Add(new TaggedField(tag, value, line.Number));
            }
            else if (fields.Count > 0)
            {
                fields[^1].Continue(line.Text);
            }
            else
            {
                yield return ReadItem.Note(context.Warning(line.Number, 1, ImportMessages.ContinuationWithoutTag(line.Text)));
            }
        }

        if (fields is not null)
        {
            yield return ReadItem.Ok(Map(fields, start, context));
        }
    }

    /// <summary>"&lt;1. &gt;", "&lt;3001. &gt;".</summary>
    internal static bool IsHeader(string line)
    {
        var t = line.Trim();
        if (t.Length < 4 || t[0] != '<' || t[^1] != '>')
        {
            return false;
        }

        var inner = t[1..^1].Trim();
        return inner.Length > 1 && inner[^1] == '.' && inner[..^1].All(char.IsAsciiDigit);
    }

    private static Record Map(List<TaggedField> fields, int line, SourceContext context)
    {
        var b = context.NewRecord(line);
        var database = fields.FirstOrDefault(f => f.Tag == "DB")?.Text;
        var isMedline = DatabaseNames.Canonical(database) is DatabaseNames.Medline or DatabaseNames.PubMed
            || (database?.Contains("MEDLINE", StringComparison.OrdinalIgnoreCase) ?? false);
        foreach (var f in fields)
        {
            var text = f.Text;
            switch (f.Tag)
            {
                case "TI": b.Title(text); break;
                case "AU": b.Author(text); break;
                case "AB": b.Abstract(text); break;
                case "JN" or "JT": b.Journal(text, 0); break;
                case "SO": SourceCitation.ReadOvid(text, b, 1); break;
                case "YR": b.Year(text, 0); break;
                case "VO": b.Volume(text, 0); break;
                case "IP": b.Issue(text, 0); break;
                case "PG": b.Pages(text, 0); break;
                case "DO": b.Doi(text); break;
                case "PM": b.Pmid(text, 0); break;
                case "UI" or "AN" when isMedline: b.Pmid(text, 1); break;
                case "MH" or "KW": b.Keyword(text); break;
                case "LG" or "LA": b.Language(text); break;
                case "PT": b.Type(RecordTypes.FromName(text)); break;
                case "DB": b.Database(text); break;
                case "UR" or "XL": b.Url(text); break;
                default: break;
            }
        }

        b.Database(DatabaseNames.Ovid, 90);
        return b.Build();
    }
}
