using System.Text;
using System.Xml;
using MetaReview.Records.Internal;

namespace MetaReview.Records.Import;

/// <summary>
/// EndNote XML (<c>&lt;xml&gt;&lt;records&gt;&lt;record&gt;…</c>), as written by EndNote, Bookends and
/// others, one line or pretty-printed; read with a streaming <see cref="XmlReader"/>. Field text may be
/// wrapped in <c>&lt;style&gt;</c> elements (several per field for mixed fonts); their text is joined.
/// </summary>
/// <remarks>
/// XML that is not well-formed cannot be read past the fault: the records before it are kept and the
/// fault is reported with its line and column as one malformed record.
/// </remarks>
internal sealed class EndNoteXmlReader : ITextRecordReader
{
    // Elements whose text is a field value; the key is parent/name, e.g. "titles/title", "periodical/full-title".
    private static readonly HashSet<string> FieldElements =
    [
        "author", "title", "secondary-title", "alt-title", "tertiary-title", "full-title", "abbr-1", "pages", "volume",
        "number", "year", "abstract", "keyword", "electronic-resource-num", "accession-num", "remote-database-name",
        "remote-database-provider", "url", "language", "work-type",
    ];

    public IEnumerable<ReadItem> Read(TextReader reader, SourceContext context)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, CloseInput = false, XmlResolver = null };
        using var xml = XmlReader.Create(reader, settings);
        var sawRoot = false;
        while (true)
        {
            var step = Next(xml, context, ref sawRoot);
            if (step.Item is { } item)
            {
                yield return item;
            }

            if (step.Done)
            {
                yield break;
            }
        }
    }

    /// <summary>Advances to the next record (or the end); exceptions become located problems here, outside the iterator.</summary>
    private static (ReadItem? Item, bool Done) Next(XmlReader xml, SourceContext context, ref bool sawRoot)
    {
        var info = (IXmlLineInfo)xml;
        try
        {
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (!sawRoot)
                {
                    sawRoot = true;
                    if (xml.LocalName is not ("xml" or "records"))
                    {
                        return (ReadItem.Fatal(context.Error(info.LineNumber, info.LinePosition, ImportMessages.XmlNotEndNote(xml.LocalName))), true);
                    }

                    continue;
                }

                if (xml.LocalName == "record")
                {
                    var line = info.LineNumber;
                    var b = context.NewRecord(line);
                    using (var subtree = xml.ReadSubtree())
                    {
                        ReadRecord(subtree, b);
                    }

                    return (ReadItem.Ok(b.Build()), false);
                }
            }

            return (null, true);
        }
        catch (XmlException e)
        {
            return (ReadItem.Malformed(context.Error(e.LineNumber, e.LinePosition, ImportMessages.XmlMalformed(e.Message))), true);
        }
    }

    private static void ReadRecord(XmlReader xml, RecordBuilder b)
    {
        var path = new Stack<string>();
        var text = new StringBuilder();
        string? field = null;
        var fieldDepth = -1;
        var values = new List<(string Key, string Value)>();
        while (xml.Read())
        {
            switch (xml.NodeType)
            {
                case XmlNodeType.Element:
                    if (xml.LocalName == "ref-type")
                    {
                        b.Type(RecordTypes.FromName(xml.GetAttribute("name")));
                    }

                    if (field is null && FieldElements.Contains(xml.LocalName))
                    {
                        field = (path.Count > 0 ? path.Peek() : "") + "/" + xml.LocalName;
                        fieldDepth = xml.Depth;
                        text.Clear();
                        if (xml.IsEmptyElement)
                        {
                            field = null;
                        }
                    }

                    if (!xml.IsEmptyElement)
                    {
                        path.Push(xml.LocalName);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    if (field is not null)
                    {
                        text.Append(xml.Value);
                    }

                    break;
                case XmlNodeType.EndElement:
                    path.Pop();
                    if (field is not null && xml.Depth == fieldDepth)
                    {
                        values.Add((field, text.ToString()));
                        field = null;
                    }

                    break;
                default:
                    break;
            }
        }

        Map(values, b);
    }

    private static void Map(List<(string Key, string Value)> values, RecordBuilder b)
    {
        string? accession = null;
        foreach (var (key, value) in values)
        {
            switch (key)
            {
                case "titles/title": b.Title(value); break;
                case "periodical/full-title": b.Journal(value, 0); break;
                case "titles/secondary-title": b.Journal(value, 1); break;
                case "titles/alt-title": b.Journal(value, 3); break;
                case "periodical/abbr-1": b.Journal(value, 4); break;
                case "titles/tertiary-title": b.Journal(value, 5); break;
                case "authors/author": b.Author(value); break;
                case "record/pages": b.Pages(value); break;
                case "record/volume": b.Volume(value); break;
                case "record/number": b.Issue(value); break;
                case "dates/year": b.Year(value); break;
                case "record/abstract": b.Abstract(value); break;
                case "keywords/keyword": b.Keyword(value); break;
                case "record/electronic-resource-num": b.Doi(value); break;
                case "record/accession-num": accession = value; break;
                case "record/remote-database-name": b.Database(value, 0); break;
                case "record/remote-database-provider": b.Database(value, 1); break;
                case "related-urls/url" or "pdf-urls/url" or "web-urls/url": b.Url(value); break;
                case "record/language": b.Language(value); break;
                default: break;
            }
        }

        if (accession is not null)
        {
            // EndNote keeps the source database's record number: "ISI:000200148800007" from Web of Science,
            // a PMID from PubMed.
            var acc = accession.Trim();
            if (acc.StartsWith("ISI", StringComparison.OrdinalIgnoreCase) || acc.StartsWith("WOS", StringComparison.OrdinalIgnoreCase))
            {
                b.WosUt(acc);
            }
            else if (values.Any(v => v.Key is "record/remote-database-name" or "record/remote-database-provider"
                && DatabaseNames.Canonical(v.Value.Trim()) is DatabaseNames.PubMed or DatabaseNames.Medline))
            {
                b.Pmid(acc);
            }
        }
    }
}
