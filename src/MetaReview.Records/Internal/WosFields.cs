namespace MetaReview.Records.Internal;

/// <summary>
/// Web of Science field tags (Clarivate, "Web of Science Core Collection field tags"), shared by the plain
/// text and the tab-delimited exports.
/// </summary>
internal static class WosFields
{
    /// <summary>
    /// Maps a record's fields. In plain text each author is on its own line (<paramref name="authorsInOneValue"/>
    /// false); in tab-delimited files they share one cell, separated by semicolons.
    /// </summary>
    public static Record Map(IReadOnlyList<TaggedField> fields, RecordBuilder b, bool authorsInOneValue)
    {
        var hasFullNames = fields.Any(f => f.Tag == "AF" && f.Text.Length > 0);
        RecordType publicationType = RecordType.Unknown;
        foreach (var f in fields)
        {
            var text = f.Text;
            switch (f.Tag)
            {
                case "TI": b.Title(text); break;
                case "AF" when hasFullNames: AddAuthors(b, f, authorsInOneValue); break;
                case "AU" when !hasFullNames: AddAuthors(b, f, authorsInOneValue); break;
                case "SO": b.Journal(text, 0); break;
                case "JI": b.Journal(text, 1); break;
                case "J9": b.Journal(text, 2); break;
                case "SE": b.Journal(text, 3); break;
                case "AB": b.Abstract(text); break;
                case "DE" or "ID": b.Keywords(text, ';'); break;
                case "PY": b.Year(text, 0); break;
                case "PD": b.Year(text, 1); break;
                case "EY": b.Year(text, 2); break;
                case "VL": b.Volume(text); break;
                case "IS": b.Issue(text); break;
                case "BP": b.StartPage(text); break;
                case "EP": b.EndPage(text); break;
                case "AR": b.Pages(text, 5); break;
                case "DI": b.Doi(text, 0); break;
                case "D2": b.Doi(text, 1); break;
                case "UT": b.WosUt(text); break;
                case "PM": b.Pmid(text); break;
                case "LA": b.Language(text); break;
                case "DT": b.Type(RecordTypes.FromName(text.Split(';')[0])); break;
                case "PT": publicationType = FromPublicationType(text); break;
                default: break;
            }
        }

        b.Type(publicationType);
        b.Database(DatabaseNames.WebOfScience, 90);
        return b.Build();
    }

    /// <summary>PT: J journal, B book, S series, P patent, C conference.</summary>
    private static RecordType FromPublicationType(string code) => code.Trim() switch
    {
        "J" => RecordType.JournalArticle,
        "B" => RecordType.Book,
        "S" => RecordType.JournalArticle,
        "C" => RecordType.ConferencePaper,
        "P" => RecordType.Other,
        _ => RecordType.Unknown,
    };

    private static void AddAuthors(RecordBuilder b, TaggedField f, bool inOneValue)
    {
        foreach (var value in f.Values)
        {
            if (inOneValue)
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
}
