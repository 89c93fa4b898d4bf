using MetaReview.Records.Internal;

namespace MetaReview.Records.Import;

/// <summary>
/// Web of Science tab-delimited export: a header row of field tags (<c>PT AU BA … UT PM</c>), one record per
/// row, no quoting; authors in one cell separated by semicolons. Web of Science writes it as UTF-16LE with a
/// byte-order mark ("Win") or as UTF-8; both are detected.
/// </summary>
internal sealed class WosTabDelimitedReader : ITextRecordReader
{
    public IEnumerable<ReadItem> Read(TextReader reader, SourceContext context)
    {
        var parser = new DelimitedParser(reader, context, '\t', quoting: false);
        using var rows = parser.Rows().GetEnumerator();
        if (!rows.MoveNext())
        {
            yield return ReadItem.Fatal(context.Error(1, 1, ImportMessages.CsvNoHeader));
            yield break;
        }

        var tags = rows.Current.Cells.Select(c => c.Value.Trim().TrimStart('\uFEFF')).ToList();
        while (tags.Count > 0 && tags[^1].Length == 0)
        {
            tags.RemoveAt(tags.Count - 1); // Web of Science ends every line with a tab
        }

        while (rows.MoveNext())
        {
            var row = rows.Current;
            var used = row.Cells.Count;
            while (used > tags.Count && string.IsNullOrWhiteSpace(row.Cells[used - 1].Value))
            {
                used--;
            }

            if (used > tags.Count)
            {
                var extra = row.Cells[tags.Count];
                yield return ReadItem.Malformed(context.Error(extra.Line, extra.Column, ImportMessages.CsvCellCount(used, tags.Count)));
                continue;
            }

            var fields = new List<TaggedField>();
            for (var i = 0; i < Math.Min(tags.Count, row.Cells.Count); i++)
            {
                if (!string.IsNullOrWhiteSpace(row.Cells[i].Value))
                {
                    fields.Add(new TaggedField(tags[i], row.Cells[i].Value.Trim(), row.Line));
                }
            }

            yield return ReadItem.Ok(WosFields.Map(fields, context.NewRecord(row.Line), authorsInOneValue: true));
        }
    }
}
