using System.Collections.Immutable;
using System.Globalization;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>Reads the searches: database, date, strategy, and the number of records or the file of records.</summary>
internal static class SearchReader
{
    private static readonly string[] Keys = ["database", "platform", "date", "strategy", "records", "record_file", "notes"];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];

    public static ImmutableArray<LiteratureSearch> Read(Fields root)
    {
        var searches = ImmutableArray.CreateBuilder<LiteratureSearch>();
        foreach (var item in root.Items("searches"))
        {
            var f = Fields.Of(item, root.Context, Fields.Named("search", Fields.Peek(item, "database")), "a search", Keys);
            var database = f.RequiredText("database");
            var date = Date(f);
            var records = f.Integer("records");
            if (records < 0)
            {
                f.ErrorAt("records", ReviewProblemCode.InvalidValue, ReviewMessages.MustBeAtLeast("records", 0, records.Value));
            }

            var recordFile = f.Text("record_file");
            if (recordFile is not null && !File.Exists(Path.Combine(root.Context.Directory, recordFile)))
            {
                f.ErrorAt("record_file", ReviewProblemCode.FileNotFound, ReviewMessages.FileNotFound("record_file", recordFile, root.Context.Directory));
            }

            if (!f.Has("records") && !f.Has("record_file"))
            {
                f.Error(ReviewProblemCode.MissingField, ReviewMessages.SearchWithoutRecords);
            }

            if (database is not null && date is not null)
            {
                searches.Add(new LiteratureSearch(database, f.Text("platform"), date, f.Text("strategy"), records, recordFile, f.Text("notes"), f.Location));
            }
        }

        return searches.ToImmutable();
    }

    private static string? Date(Fields f)
    {
        var date = f.RequiredText("date");
        if (date is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(date, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return date;
        }

        f.ErrorAt("date", ReviewProblemCode.InvalidValue, ReviewMessages.InvalidDate(date), ReviewMessages.DateSuggestion);
        return null;
    }
}
