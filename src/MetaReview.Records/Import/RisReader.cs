using MetaReview.Records.Internal;

namespace MetaReview.Records.Import;

/// <summary>
/// RIS (<c>TY  - </c> … <c>ER  - </c>) as written by PubMed, Scopus, Web of Science, Embase, Ovid, EBSCO,
/// ProQuest, IEEE Xplore, CNKI and the reference managers (EndNote, Zotero, Rayyan).
/// </summary>
/// <remarks>
/// A tag line is two characters (a capital letter, then a capital or digit), two spaces, a hyphen and the
/// value. Lines without a tag continue the previous field: wrapped text is joined with spaces, lists
/// (keywords, links, authors) take each line as an item; EndNote and Rayyan write keywords that way. Blank
/// lines inside a record are allowed (Scopus puts them inside <c>U3</c>). Tags written after <c>ER</c>
/// before a blank line belong to the record just ended (Ovid writes <c>NL</c> there). Text between records
/// (numbering lines such as <c>1.</c>, Ovid's "Link to the Ovid Full Text" lines, export preambles) is
/// ignored. A record whose first tag is not <c>TY</c> but which ends with <c>ER</c> is malformed and skipped.
/// </remarks>
internal sealed class RisReader : ITextRecordReader
{
    public IEnumerable<ReadItem> Read(TextReader reader, SourceContext context)
    {
        List<TaggedField>? fields = null;   // the record being read
        var recordStart = 0;
        List<TaggedField>? pending = null;  // a record closed by ER that may still get tags (Ovid's NL)
        var pendingStart = 0;
        var orphanStart = 0;                // tagged lines outside a record
        var orphanEnd = 0;
        string? orphanTag = null;
        var ignoredTextReported = false;

        foreach (var line in LineSource.Lines(reader))
        {
            var isTag = TryParseTag(line.Text, out var tag, out var value);

            if (pending is not null)
            {
                if (isTag && tag is not ("TY" or "ER"))
                {
                    pending.Add(new TaggedField(tag, value, line.Number));
                    continue;
                }

                yield return Map(pending, pendingStart, context);
                pending = null;
            }

            if (fields is not null)
            {
                if (!isTag)
                {
                    if (!line.IsBlank)
                    {
                        fields[^1].Continue(line.Text);
                    }

                    continue;
                }

                if (tag == "ER")
                {
                    pending = fields;
                    pendingStart = recordStart;
                    fields = null;
                    continue;
                }

                if (tag == "TY")
                {
                    yield return ReadItem.Note(context.Warning(recordStart, 1, ImportMessages.RisMissingEnd(recordStart, line.Number)));
                    yield return Map(fields, recordStart, context);
                    fields = [new TaggedField(tag, value, line.Number)];
                    recordStart = line.Number;
                    continue;
                }

                fields.Add(new TaggedField(tag, value, line.Number));
                continue;
            }

            // Outside a record.
            if (isTag && tag == "TY")
            {
                if (orphanTag is not null)
                {
                    yield return ReadItem.Note(context.Warning(orphanStart, 1, ImportMessages.RisTagsOutsideRecord(orphanStart, orphanEnd)));
                    orphanTag = null;
                }

                fields = [new TaggedField(tag, value, line.Number)];
                recordStart = line.Number;
                ignoredTextReported = false;
                continue;
            }

            if (isTag)
            {
                if (tag == "ER")
                {
                    if (orphanTag is not null)
                    {
                        yield return ReadItem.Malformed(context.Error(orphanStart, 1, ImportMessages.RisNoTypeTag(orphanTag)));
                        orphanTag = null;
                    }

                    continue;
                }

                if (orphanTag is null)
                {
                    orphanTag = tag;
                    orphanStart = line.Number;
                }

                orphanEnd = line.Number;
                continue;
            }

            if (!line.IsBlank && orphanTag is null && !ignoredTextReported && !IsKnownBoilerplate(line.Text))
            {
                yield return ReadItem.Note(context.Warning(line.Number, 1, ImportMessages.TextOutsideRecord(line.Text)));
                ignoredTextReported = true;
            }
        }

        if (pending is not null)
        {
            yield return Map(pending, pendingStart, context);
        }

        if (fields is not null)
        {
            yield return ReadItem.Note(context.Warning(recordStart, 1, ImportMessages.EndOfFileInsideRecord(recordStart, "ER  - ")));
            yield return Map(fields, recordStart, context);
        }

        if (orphanTag is not null)
        {
            yield return ReadItem.Note(context.Warning(orphanStart, 1, ImportMessages.RisTagsOutsideRecord(orphanStart, orphanEnd)));
        }
    }

    /// <summary>"XY  - value", "XY  -" (empty), with a capital letter then a capital or digit.</summary>
    internal static bool TryParseTag(string line, out string tag, out string value)
    {
        tag = "";
        value = "";
        if (line.Length < 5 || line[2] != ' ' || line[3] != ' ' || line[4] != '-'
            || !char.IsAsciiLetterUpper(line[0]) || !(char.IsAsciiLetterUpper(line[1]) || char.IsAsciiDigit(line[1])))
        {
            return false;
        }

        if (line.Length > 5 && line[5] != ' ' && line[5] != '\t')
        {
            return false;
        }

        tag = line[..2];
        value = line.Length > 6 ? line[6..].Trim() : "";
        return true;
    }

    /// <summary>Numbering lines ("1.") and Ovid's link lines: written by exporters between records, never data.</summary>
    private static bool IsKnownBoilerplate(string text)
    {
        var t = text.Trim();
        return (t.Length > 1 && t[^1] == '.' && t[..^1].All(char.IsAsciiDigit))
            || t.StartsWith("Link to the Ovid Full Text", StringComparison.Ordinal);
    }

    private static ReadItem Map(List<TaggedField> fields, int line, SourceContext context)
    {
        var b = context.NewRecord(line);
        var isBook = false;
        var embase = false;
        string? accession = null;
        foreach (var f in fields)
        {
            if (f.Tag == "TY")
            {
                var type = RecordTypes.FromRis(f.Text);
                isBook = type == RecordType.Book;
                b.Type(type);
            }
            else if (f.Tag == "UR" && f.Text.Contains("embase.com", StringComparison.OrdinalIgnoreCase))
            {
                embase = true;
            }
        }

        foreach (var f in fields)
        {
            var text = f.Text;
            switch (f.Tag)
            {
                case "TI": b.Title(text, 0); break;
                case "T1": b.Title(text, 1); break;
                case "CT": b.Title(text, 4); break;
                case "ST": b.Title(text, 5); break;
                case "BT":
                    if (isBook)
                    {
                        b.Title(text, 2);
                    }
                    else
                    {
                        b.Journal(text, 6);
                    }

                    break;
                case "AB": b.Abstract(text, 0); break;
                case "N2": b.Abstract(text, 1); break;
                case "AU" or "A1":
                    foreach (var v in f.Values)
                    {
                        AddAuthors(b, v);
                    }

                    break;
                case "PY": b.Year(text, 0); break;
                case "Y1": b.Year(text, 1); break;
                case "DA": b.Year(text, 2); break;
                case "JF": b.Journal(text, 0); break;
                case "T2": b.Journal(text, 1); break;
                case "JO": b.Journal(text, 2); break;
                case "JA": b.Journal(text, 3); break;
                case "J2": b.Journal(text, 4); break;
                case "J1": b.Journal(text, 5); break;
                case "T3": b.Journal(text, 7); break;
                case "VL": b.Volume(text, 0); break;
                case "VO": b.Volume(text, 1); break;
                case "IS": b.Issue(text, 0); break;
                case "SP": b.StartPage(text); break;
                case "EP": b.EndPage(text); break;
                case "KW":
                    foreach (var v in f.Values)
                    {
                        b.Keywords(v, ';');
                    }

                    break;
                case "DO": b.Doi(text, 0); break;
                case "M3": b.Doi(text, 50); break;
                case "UR" or "L1" or "L2" or "L3" or "L4" or "LK":
                    foreach (var v in f.Values)
                    {
                        b.Url(v);
                    }

                    break;
                case "AN": accession ??= text; break;
                case "C5" when embase: b.Pmid(text, 10); break;
                case "DB": b.Database(text, 0); break;
                case "DP": b.Database(text, 1); break;
                case "LA": b.Language(text); break;
                default: break;
            }
        }

        if (accession is not null)
        {
            MapAccessionNumber(b, accession, fields);
        }

        return ReadItem.Ok(b.Build());
    }

    /// <summary>
    /// <c>AN</c> holds each database's own record number: a WoS UT ("WOS:…"), a PMID when the record comes
    /// from PubMed/MEDLINE, otherwise a number meaningless elsewhere (ProQuest, Rayyan).
    /// </summary>
    private static void MapAccessionNumber(RecordBuilder b, string accession, List<TaggedField> fields)
    {
        if (accession.StartsWith("WOS:", StringComparison.OrdinalIgnoreCase) || accession.StartsWith("ISI:", StringComparison.OrdinalIgnoreCase))
        {
            b.WosUt(accession);
            b.Database(DatabaseNames.WebOfScience, RecordBuilder.Indirect);
            return;
        }

        var fromPubMed = fields.Any(f => f.Tag is "DB" or "DP"
            && DatabaseNames.Canonical(f.Text) is DatabaseNames.PubMed or DatabaseNames.Medline);
        if (fromPubMed)
        {
            b.Pmid(accession, 5);
        }
    }

    /// <summary>One author per line; CNKI writes several in one value separated by semicolons.</summary>
    private static void AddAuthors(RecordBuilder b, string value)
    {
        if (value.Contains(';', StringComparison.Ordinal))
        {
            foreach (var name in TextCleanup.SplitList(value, ';'))
            {
                b.Author(name);
            }
        }
        else
        {
            b.Author(value);
        }
    }
}
