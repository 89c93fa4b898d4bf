using System.Globalization;

namespace MetaReview.Records.Internal;

/// <summary>
/// The texts of import problems, in one place. Each says what was found (quoted, shortened) and what was
/// expected; the place (file, line, column) is carried by <see cref="ImportProblem"/>.
/// </summary>
internal static class ImportMessages
{
    /// <summary>A value quoted for a message: at most 60 characters.</summary>
    public static string Quote(string text)
    {
        var t = text.Trim();
        return t.Length <= 60 ? $"'{t}'" : $"'{t[..57]}...'";
    }

    public static string RisNoTypeTag(string firstTag) =>
        $"malformed RIS record: it starts with '{firstTag}  - ' but a record must start with 'TY  - ' (the reference type); record skipped";

    public static string RisTagsOutsideRecord(int firstLine, int lastLine) =>
        string.Create(CultureInfo.InvariantCulture, $"tagged lines {firstLine}-{lastLine} stand outside any record (no 'TY  - ' before them and no 'ER  - ' after them); ignored");

    public static string RisMissingEnd(int start, int next) =>
        string.Create(CultureInfo.InvariantCulture, $"the record starting at line {start} has no 'ER  - ' before the next 'TY  - ' on line {next}; record kept");

    public static string EndOfFileInsideRecord(int start, string endTag) =>
        string.Create(CultureInfo.InvariantCulture, $"the file ends inside the record starting at line {start} (expected '{endTag}'); record kept, it may be truncated");

    public static string TextOutsideRecord(string text) =>
        $"text outside any record ignored: {Quote(text)}";

    public static string ContinuationWithoutTag(string text) =>
        $"line {Quote(text)} has no tag and follows no tagged line; ignored";

    public static string MedlineNoPmid(string firstLine) =>
        $"malformed MEDLINE record: it starts with {Quote(firstLine)} but a PubMed record must start with 'PMID- ' followed by the PubMed identifier; record skipped";

    public static string MedlineBadTagLine(string line) =>
        $"line {Quote(line)} is not a MEDLINE field: expected a tag padded to four characters, then '- ' and the value (e.g. 'TI  - …'); line ignored";

    public static string WosNoPublicationType(string firstTag) =>
        $"malformed Web of Science record: it starts with '{firstTag}' but a record must start with 'PT ' (publication type); record skipped";

    public static string WosMissingEnd(int start, int next) =>
        string.Create(CultureInfo.InvariantCulture, $"the record starting at line {start} has no 'ER' before the next 'PT' on line {next}; record kept");

    public static string WosBadLine(string line) =>
        $"line {Quote(line)} is not a Web of Science field: expected a two-character tag, a space and the value, or a continuation line indented by three spaces; line ignored";

    public static string NoTitle(int line) =>
        string.Create(CultureInfo.InvariantCulture, $"the record starting at line {line} has no title; kept, but it cannot be matched by title when de-duplicating");

    public static string NotUtf8(string encodingName) =>
        $"the file is not valid UTF-8; read as {encodingName}. If characters look wrong, give the file's encoding explicitly";

    public static string ReplacementCharacters =>
        "the line contains bytes that are not valid in the file's encoding (shown as U+FFFD); give the file's encoding explicitly to read them";

    public static string FileNotFound => "the file does not exist";

    public static string FileUnreadable(string reason) => $"the file cannot be read: {reason}";

    public static string UnknownFormat(string start) =>
        $"the format could not be recognised from the content (starting {Quote(start)}) or the extension; expected RIS, MEDLINE, Ovid, Web of Science, CSV, XLSX, EndNote XML or BibTeX, or give the format explicitly";

    public static string StrictFailed(int errors) =>
        string.Create(CultureInfo.InvariantCulture, $"strict mode: {errors} malformed record(s); nothing imported");

    public static string CsvUnclosedQuote =>
        "a quoted cell is not closed: expected a closing '\"' before the end of the file; the rest of the file is this one cell, record skipped";

    public static string CsvTextAfterQuote(char c) =>
        $"unexpected '{c}' after a closing quote: expected a delimiter or the end of the row (a quote inside a quoted cell is written '\"\"'); kept as text";

    public static string CsvCellCount(int found, int expected) =>
        string.Create(CultureInfo.InvariantCulture, $"row has {found} cells but the header has {expected}; the columns cannot be matched, row skipped");

    public static string CsvNoHeader => "the file is empty: expected a header row naming the columns";

    public static string CsvNoTitleColumn(string headers) =>
        $"no column could be matched to the title (columns: {headers}); expected a column such as 'Title', or give a column mapping";

    public static string CsvMappedColumnMissing(string field, string column) =>
        $"the column mapping names '{column}' for {field}, but the header has no such column";

    public static string XmlMalformed(string reason) =>
        $"the XML is malformed: {reason}; the records before this point were kept, the rest of the file was not read";

    public static string XmlNotEndNote(string root) =>
        $"the root element is <{root}>, expected EndNote XML (<xml><records><record>…)";

    public static string BibUnclosedEntry(string key, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"the entry '{key}' starting at line {line} is not closed: expected '}}' before the end of the file; entry skipped");

    public static string BibSyntax(string expected, string found) =>
        $"malformed BibTeX entry: expected {expected}, found {found}; entry skipped";

    public static string BibUnknownMacro(string name) =>
        $"the string macro '{name}' is not defined by an @string before it; its name was kept as the value";

    public static string XlsxUnreadable(string reason) => $"the workbook cannot be read: {reason}";
}
