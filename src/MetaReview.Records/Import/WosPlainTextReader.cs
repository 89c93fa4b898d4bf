using MetaReview.Records.Internal;

namespace MetaReview.Records.Import;

/// <summary>
/// Web of Science plain text ("Other reference software", and the older "FN ISI Export Format"): a
/// <c>FN</c>/<c>VR</c> header, records from <c>PT</c> to <c>ER</c>, <c>EF</c> at the end; a field is a
/// two-character tag, a space and the value; continuation lines are indented by three spaces and hold the
/// next author, address or cited reference, or continue wrapped text.
/// </summary>
internal sealed class WosPlainTextReader : ITextRecordReader
{
    public IEnumerable<ReadItem> Read(TextReader reader, SourceContext context)
    {
        List<TaggedField>? fields = null;
        var start = 0;
        var orphanStart = 0;
        string? orphanTag = null;
        foreach (var line in LineSource.Lines(reader))
        {
            if (line.IsBlank)
            {
                continue;
            }

            var isTag = TryParseTag(line.Text, out var tag, out var value);
            if (fields is null)
            {
                if (isTag && tag == "PT")
                {
                    fields = [new TaggedField(tag, value, line.Number)];
                    start = line.Number;
                    orphanTag = null;
                }
                else if (isTag && tag == "ER" && orphanTag is not null)
                {
                    yield return ReadItem.Malformed(context.Error(orphanStart, 1, ImportMessages.WosNoPublicationType(orphanTag)));
                    orphanTag = null;
                }
                else if (isTag && tag is not ("FN" or "VR" or "EF" or "ER") && orphanTag is null)
                {
                    orphanTag = tag;
                    orphanStart = line.Number;
                }
                else if (!isTag && orphanTag is null && !char.IsWhiteSpace(line.Text[0]))
                {
                    yield return ReadItem.Note(context.Warning(line.Number, 1, ImportMessages.TextOutsideRecord(line.Text)));
                }

                continue;
            }

            if (isTag && tag == "ER")
            {
                yield return ReadItem.Ok(WosFields.Map(fields, context.NewRecord(start), authorsInOneValue: false));
                fields = null;
            }
            else if (isTag && tag == "PT")
            {
                yield return ReadItem.Note(context.Warning(start, 1, ImportMessages.WosMissingEnd(start, line.Number)));
                yield return ReadItem.Ok(WosFields.Map(fields, context.NewRecord(start), authorsInOneValue: false));
                fields = [new TaggedField(tag, value, line.Number)];
                start = line.Number;
            }
            else if (isTag)
            {
                fields.Add(new TaggedField(tag, value, line.Number));
            }
            else if (char.IsWhiteSpace(line.Text[0]) && fields.Count > 0)
            {
                fields[^1].Continue(line.Text);
            }
            else
            {
                yield return ReadItem.Note(context.Warning(line.Number, 1, ImportMessages.WosBadLine(line.Text)));
            }
        }

        if (fields is not null)
        {
            yield return ReadItem.Note(context.Warning(start, 1, ImportMessages.EndOfFileInsideRecord(start, "ER")));
            yield return ReadItem.Ok(WosFields.Map(fields, context.NewRecord(start), authorsInOneValue: false));
        }
    }

    /// <summary>"TI value", "ER": a capital, a capital or digit, then a space or the end of the line.</summary>
    internal static bool TryParseTag(string line, out string tag, out string value)
    {
        tag = "";
        value = "";
        if (line.Length < 2 || !char.IsAsciiLetterUpper(line[0]) || !(char.IsAsciiLetterUpper(line[1]) || char.IsAsciiDigit(line[1]))
            || (line.Length > 2 && line[2] != ' '))
        {
            return false;
        }

        tag = line[..2];
        value = line.Length > 3 ? line[3..].Trim() : "";
        return true;
    }
}
