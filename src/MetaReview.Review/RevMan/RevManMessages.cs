using System.Globalization;

namespace MetaReview.Review.RevMan;

/// <summary>Every message the RevMan readers, check and export give, in one place.</summary>
internal static class RevManMessages
{
    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string FileNotFound(string path) => $"The file '{path}' does not exist.";

    public static string CannotRead(string message) => $"The file cannot be read: {message}";

    public static string TooLarge(long size, long limit) =>
        $"The file is {N(size)} bytes; the limit is {N(limit)} bytes ({N(limit / (1024 * 1024))} MB). A RevMan review is far smaller; if this file is trusted, raise the limit (RevManReaderOptions.MaxFileBytes).";

    public static string UnknownFormat =>
        "This is not a RevMan file MetaReview knows: expected a RevMan 5 review (.rm5, XML), a RevMan 5 'Data and analyses' CSV export, or a Cochrane data package (.zip).";

    public static string DataRowsAlone =>
        "This is the data-rows file of a Cochrane data package; read the whole package (the .zip), which also holds the analysis settings.";

    public static string MalformedXml(string detail) =>
        $"Malformed XML: {detail.TrimEnd('.')}. (DTDs are ignored and entities are not expanded, so a file that needs them is refused.)";

    public const string DtdIgnored = "The file declares a document type (DTD); it was ignored: no DTD, schema or external entity is read.";

    public static string NotAReview(string root) => $"The root element is <{root}>; a RevMan 5 review has <COCHRANE_REVIEW>.";

    public static string UnknownEncoding(string name) => $"The XML declaration names the encoding '{name}', which MetaReview does not know.";

    public static string InvalidBytes(string encoding, long offset) =>
        $"The bytes at offset {N(offset)} are not valid {encoding}; they were read as U+FFFD (�). Check that the file's XML declaration names its real encoding.";

    public static string DuplicateStudyId(string id) => $"Study identifier '{id}' appears twice; the first study with it is used.";

    public static string UnknownStudy(string id) => $"The data refer to study '{id}', which is not among the review's studies; its name is taken from the identifier.";

    public static string UnknownMethod(string text) => $"Statistical method '{text}' is not one RevMan uses (MH, IV, PETO, EXP_O_E_VAR).";

    public static string UnknownModel(string text) => $"Analysis model '{text}' is not fixed or random effects (RevMan: RANDOM=YES/NO, 'Fixed', 'Random effects').";

    public static string UnknownDataType(string text) =>
        $"Data type '{text}' is not one RevMan uses (dichotomous, continuous, O-E and variance, generic inverse variance); the outcome is read as dichotomous.";

    public static string LogDataAssumed(string measure, bool ratio) =>
        $"The file does not say whether the generic inverse variance data of measure '{measure}' are on the log scale; assumed {(ratio ? "log scale (a ratio measure)" : "not on the log scale")}.";

    public static string NotANumber(string text) => $"'{text}' is not a number.";

    public static string NotAWholeNumber(string text) => $"'{text}' is not a whole number.";

    public const string ZeroResults =
        "RevMan stored an estimate of 0 with a confidence interval from 0 to 0, which no data can give: read as results RevMan did not compute.";

    public static string CsvBadQuote(string raw) => $"A quote in this record is not where CSV allows it: {Clip(raw)}";

    public static string CsvEncodingGuessed(string encoding) => $"The file has no byte order mark and is not valid UTF-8; read as {encoding}.";

    public static string CsvMissingColumns(IReadOnlyList<string> names) =>
        $"Column{(names.Count > 1 ? "s" : "")} {string.Join(", ", names.Select(n => $"'{n}'"))} missing: the file cannot be read without {(names.Count > 1 ? "them" : "it")} (in RevMan 5's export wizard, include {(names.Count > 1 ? "these fields" : "this field")}).";

    public static string CsvStudyWithoutOutcome(int comparison, int outcome) =>
        $"A study row of outcome {comparison}.{outcome} comes before that outcome's own row (the row with its data type); the row is skipped.";

    public static string CsvUnexpectedRow(int subgroup) =>
        $"A second row with a data type for subgroup {subgroup} of the same outcome; expected a study row (data type empty). The row is skipped.";

    public static string NotAZip(string detail) => $"Not a valid ZIP archive: {detail}";

    public static string TooManyEntries(int count, int limit) => $"The archive lists {N(count)} entries; the limit is {N(limit)}. It is not read.";

    public static string PathTraversal(string name) =>
        $"Entry '{name}' names a path outside the archive (absolute, or with '..'); it is skipped. Nothing is ever extracted to disk.";

    public const string NestedTooDeep = "An archive inside an archive inside an archive is not opened (one level of nesting is read).";

    public static string EntryTooLarge(long length, long entryLimit, long totalLimit) =>
        $"The entry expands to {N(length)} bytes, over the limit of {N(entryLimit)} bytes per entry or {N(totalLimit)} bytes per archive; it is skipped.";

    public static string CompressionRatio(long length, long compressed, double limit) =>
        $"The entry expands from {N(compressed)} to {N(length)} bytes, a ratio over {limit.ToString(CultureInfo.InvariantCulture)}: a ZIP bomb, not data; it is skipped.";

    public static string EntryExpands(long declared, long limit) =>
        $"The entry expands beyond {N(limit)} bytes although its header says {N(declared)}; it is skipped.";

    public static string CorruptEntry(string detail) => $"The entry cannot be decompressed: {detail}";

    public const string DiagnosticTestAccuracy = "This data package is from a diagnostic test accuracy review (it has a parameters file); MetaReview reads intervention reviews.";

    public static string NotADataPackage(string missing) =>
        $"No '*-{missing}' file in the archive: not a Cochrane data package (RevMan Web: Export → data package).";

    public static string SeveralPackageFiles(string kind, string used) => $"The archive holds more than one '*-{kind}'; '{used}' is read.";

    private static string Clip(string s)
    {
        var t = s.ReplaceLineEndings(" ").Trim();
        return t.Length <= 80 ? t : t[..77] + "...";
    }
}
