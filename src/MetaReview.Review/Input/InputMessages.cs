using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MetaReview.Review.Input.Internal;
using MetaReview.Review.Input.Internal.Layouts;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input;

/// <summary>
/// Every text the analysis data reader shows, in one place (as NodaTime's TextErrorMessages): the
/// one-line form of a problem, and each message. Values are quoted as they are written in the file.
/// </summary>
internal static class InputMessages
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // ---- The one-line form --------------------------------------------------------------------

    /// <summary>"data.csv:7", "data.xlsx[Trials]:7", or the file alone.</summary>
    public static string FormatLocation(InputLocation location)
    {
        var file = location.Sheet is null ? location.Source : $"{location.Source}[{location.Sheet}]";
        return location.Line is { } line ? $"{file}:{line.ToString(Invariant)}" : file;
    }

    /// <summary>"data.csv:7: column 'sd_e' (study 'Drory 2001'): must be &gt; 0 ..., got -1.2".</summary>
    public static string Format(InputProblem problem)
    {
        var text = new StringBuilder(FormatLocation(problem.Location));
        if (problem.Column is not null)
        {
            text.Append(": column '").Append(problem.Column).Append('\'');
            var details = new List<string>();
            if (problem.Location.CellReference is { } cell)
            {
                details.Add($"cell {cell}");
            }

            if (problem.Study is not null)
            {
                details.Add($"study '{problem.Study}'");
            }

            if (details.Count > 0)
            {
                text.Append(" (").AppendJoin(", ", details).Append(')');
            }
        }
        else if (problem.Study is not null)
        {
            text.Append(": study '").Append(problem.Study).Append('\'');
        }

        return text.Append(": ").Append(problem.Message).ToString();
    }

    // ---- Files --------------------------------------------------------------------------------

    public const string FileNotFound = "file not found";

    public const string IsADirectory = "is a directory, not a data file";

    public static string FileUnreadable(string reason) => $"cannot read the file: {reason}";

    public static string UnsupportedFileType(string extension) => extension switch
    {
        ".xls" => "cannot read .xls (Excel 97-2003) workbooks: save the sheet as .xlsx or .csv",
        "" => "cannot tell the file type without an extension: name it .csv, .tsv, .txt or .xlsx",
        _ => $"cannot read '{extension}' files: give a .csv (comma, semicolon or tab separated), .tsv, .txt or .xlsx file",
    };

    public static string NotUtf8(byte value) =>
        $"the file is not UTF-8 text (byte 0x{value.ToString("X2", Invariant)} on this line): save it as 'CSV UTF-8' in Excel, or convert it to UTF-8";

    public const string UnterminatedQuote =
        "a quoted field is never closed: add the missing '\"' (the rest of the file was read into this field)";

    public const string MisplacedQuote =
        "a quote is misplaced, so the row cannot be read reliably: a field with a comma or a quote is written \"like this\", with a quote inside doubled (\"\")";

    public const string EmptyFile = "the file is empty: expected a header row of column names, then one row per study";

    public const string EmptySheet = "the sheet is empty: expected a header row of column names, then one row per study";

    public const string NoStudies = "there are no study rows below the header";

    public static string TooManyFields(int fields, int headers) =>
        $"the row has {fields} fields but the header has {headers}: an unquoted comma in a study label, or a decimal comma, splits a field; quote the label, or use a decimal point";

    public static string NotAWorkbook(string reason) => $"not a readable .xlsx workbook ({reason})";

    public static string SheetNotFound(string sheet, IReadOnlyList<string> sheets) =>
        $"no sheet named '{sheet}'; the workbook has {Quoted(sheets)}";

    public static string SheetIgnored(string sheet) => $"the sheet '{sheet}' is ignored: a CSV file has no sheets";

    public static string FirstSheetRead(IReadOnlyList<string> sheets) =>
        $"read sheet '{sheets[0]}', the first of {sheets.Count} ({Quoted(sheets)}); name the sheet to read another";

    // ---- Columns ------------------------------------------------------------------------------

    public static string UnnamedColumn(int index) => $"Column {index + 1}";

    public static string BlankHeader(string name) => $"has values but no name in the header; kept as an extra column named '{name}'";

    public static string DuplicateColumn(string canonical, string first) =>
        $"gives {canonical}, as column '{first}' does: keep one of the two";

    public static string DidYouMean(string name) => $"not a recognised column; did you mean '{name}'?";

    public static string MissingColumns(IEnumerable<(DataLayout Layout, ImmutableArray<ColumnRole> Missing)> possible)
    {
        var candidates = possible.OrderBy(p => p.Missing.Length).ToList();
        if (candidates.Count == 0)
        {
            return "no analysis data columns were recognised: the file needs the columns of one data type, "
                + string.Join("; ", DataLayout.All.Select(l => $"{TypeName(l.DataType)}: {l.ColumnList}"))
                + " (docs/input-format.md lists the other accepted names)";
        }

        return "columns missing: " + string.Join("; ", candidates.Select(c =>
            $"{TypeName(c.Layout.DataType)} data need {c.Layout.ColumnList}, missing {Names(c.Missing)}"));
    }

    public static string MeasureDoesNotFitColumns(EffectMeasure measure, DataLayout needed, ImmutableArray<ColumnRole> missing, IEnumerable<DataLayout> present)
    {
        var text = new StringBuilder($"{MeasureName(measure)} needs {TypeName(needed.DataType)} data, {needed.ColumnList} (missing {Names(missing)})");
        if (needed.DataType != DataType.Generic)
        {
            text.Append(", or generic data: ").Append(DataLayout.All.Single(l => l.DataType == DataType.Generic).ColumnList);
        }

        foreach (var layout in present)
        {
            text.Append("; the file has ").Append(TypeName(layout.DataType)).Append(" data, which fit ")
                .AppendJoin(", ", layout.Measures);
        }

        return text.ToString();
    }

    public static string AmbiguousDataType(IReadOnlyList<(DataLayout Layout, IReadOnlyList<string> Columns)> layouts) =>
        "the values fit " + string.Join(" and ", layouts.Select(l => $"{TypeName(l.Layout.DataType)} data ({Quoted(l.Columns)})"))
        + " alike: give the measure (" + string.Join("; ", layouts.Select(l => $"{string.Join(", ", l.Layout.Measures)} for {TypeName(l.Layout.DataType)} data")) + ")";

    public static string MixedDataTypes(IReadOnlyList<(DataLayout Layout, IReadOnlyList<string> Columns, IReadOnlyList<int> Lines)> groups, bool isSheet) =>
        "the rows hold different kinds of data: "
        + string.Join("; ", groups.Select(g => $"{TypeName(g.Layout.DataType)} data ({Quoted(g.Columns)}) on {Lines(g.Lines, isSheet)}"))
        + ". One file holds one analysis: put each kind of data in a file of its own";

    public static string UnusedDataColumns(IEnumerable<string> names) =>
        $"columns not used as data, kept as extra columns: {Quoted([.. names])}";

    public static string TotalsFromNonEvents(IReadOnlyList<string> nonEventColumns) =>
        $"totals computed as events + non-events (columns {Quoted(nonEventColumns)})";

    // ---- The measure --------------------------------------------------------------------------

    public static string MeasureInferred(EffectMeasure measure, DataLayout layout, IReadOnlyList<string> columns)
    {
        var text = $"measure inferred from the columns: {MeasureName(measure)} for {TypeName(layout.DataType)} data ({Quoted(columns)})";
        if (layout.DataType == DataType.Generic)
        {
            return text + "; if the estimates are log ratios or another measure, give that measure so that results are labelled and back-transformed";
        }

        var others = layout.Measures.Where(m => m != measure).ToList();
        return others.Count == 0 ? text : $"{text}; other measures for these data: {string.Join(", ", others)}";
    }

    public const string IntervalsLookLikeRatios =
        "the confidence intervals are symmetric on the log scale, as those of ratios are: if the estimates are ratios (RR, OR, HR, IRR), give the measure so that they are analysed as logs";

    // ---- Study labels -------------------------------------------------------------------------

    public static string NoStudyColumn(int k) =>
        $"no study label column (study, studlab, author, ...; see docs/input-format.md): the studies are labelled 'Study 1' to 'Study {k}'";

    public static string LabelsFromAuthorAndYear(string author, string year) =>
        $"study labels are column '{author}' followed by column '{year}'";

    public static string MissingStudyLabel(string label) => $"the study label is empty; labelled '{label}'";

    public static string DuplicateStudy(int firstLine, bool isSheet) =>
        $"the same label as the study on {(isSheet ? "row" : "line")} {firstLine}: labels should be unique (add the year or a letter)";

    // ---- Values -------------------------------------------------------------------------------

    public static string ForValueFailure(InputProblemCode failure, string text) => failure switch
    {
        InputProblemCode.MissingValue when text.Length == 0 => "a number is required, but the cell is empty",
        InputProblemCode.MissingValue => $"a number is required, got {text} (a missing value)",
        InputProblemCode.NotFinite => $"must be a finite number, got {text}",
        InputProblemCode.DecimalComma =>
            $"must be a number with a decimal point, got '{text}': write {text.Replace(',', '.')} (or, if the comma separates thousands, leave it out)",
        _ => $"must be a number, got '{text}'",
    };

    public static string NegativeCount(string text) => $"must be ≥ 0 (a count), got {text}";

    public static string NonIntegerCount(string text) =>
        $"expected a whole number, got {text}; kept as entered (counts adjusted for clustering are not whole; otherwise check the value)";

    public static string SampleSizeTooSmall(int minimum, string reason, string text) => $"must be ≥ {minimum} ({reason}), got {text}";

    public const string ArmNeedsParticipants = "an arm needs participants";

    public const string GroupNeedsParticipants = "a group needs participants";

    public const string SdNeedsTwo = "a standard deviation needs two participants";

    public const string FisherZNeedsFour = "Fisher's z has variance 1/(n - 3)";

    public const string CorrelationNeedsTwo = "the variance of r divides by n - 1";

    public static string EmptyArm(string events, string nonEvents) => $"the arm has no participants: '{events}' + '{nonEvents}' is 0";

    public static string EventsExceedTotal(string totalColumn, string totalText, string eventsText) =>
        $"must not exceed the total in column '{totalColumn}' ({totalText}), got {eventsText}";

    public static string SdNotPositive(string text) => $"must be > 0 (a standard deviation), got {text}";

    public static string MeansNotOfOneSign(string meanE, string meanCColumn, string meanC) =>
        $"the ratio of means (ROM) needs two non-zero means of one sign, got {meanE} and {meanC} (column '{meanCColumn}')";

    public static string UnusableStudyData(string engineMessage) => $"the values cannot be analysed: {engineMessage}";

    public static string TimeNotPositive(string text) => $"must be > 0 (person-time at risk), got {text}";

    public static string CorrelationOutOfRange(string text) => $"must lie strictly between -1 and 1 (a correlation), got {text}";

    public static string NegativeVariance(string text) => $"must be > 0 (a variance cannot be negative), got {text}";

    public static string ZeroVariance(string text) => $"must be > 0 (a variance of 0 would give the study infinite weight), got {text}";

    public static string StandardErrorNotPositive(string text) => $"must be > 0 (a standard error), got {text}";

    public static string CiBoundsSwapped(string lower, string upperColumn, string upper) =>
        $"the lower bound {lower} is above the upper bound {upper} (column '{upperColumn}'): are the bounds swapped?";

    public static string CiZeroWidth(string lower, string upper) =>
        $"the confidence interval {lower} to {upper} has zero width, so it gives no standard error";

    public static string CiExcludesEstimate(string lower, string upper, string estimate) =>
        $"must lie within its confidence interval [{lower}, {upper}], got {estimate}";

    /// <summary>"a risk ratio must be &gt; 0, got -1.41: if -1.41 is a log risk ratio, enter the risk ratio itself (exp(-1.41) = 0.2441) ...".</summary>
    public static string RatioNotPositive(EffectMeasure measure, string text, double value)
    {
        var name = Lowered(measure.DisplayName());
        var article = "aeiou".Contains(name[0], StringComparison.Ordinal) ? "an" : "a";
        return $"{article} {name} must be > 0, got {text}: if {text} is a log {name}, enter the {name} itself "
            + $"(exp({text}) = {Math.Exp(value).ToString("G4", Invariant)}), or give log values as yi with sei or vi";
    }

    // ---- Pieces -------------------------------------------------------------------------------

    /// <summary>"RR (risk ratio)".</summary>
    private static string MeasureName(EffectMeasure measure) => $"{measure} ({Lowered(measure.DisplayName())})";

    private static string TypeName(DataType type) => type switch
    {
        DataType.Rates => "rate",
        _ => Lowered(type.ToString()),
    };

    private static string Lowered(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];

    private static string Names(IEnumerable<ColumnRole> roles) => string.Join(", ", roles.Select(ColumnAliases.Canonical));

    private static string Quoted(IReadOnlyList<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));

    /// <summary>"lines 2, 3 and 5" (or rows), at most ten listed.</summary>
    private static string Lines(IReadOnlyList<int> lines, bool isSheet)
    {
        const int Shown = 10;
        var word = isSheet ? (lines.Count == 1 ? "row" : "rows") : (lines.Count == 1 ? "line" : "lines");
        var listed = lines.Take(Shown).Select(l => l.ToString(Invariant)).ToList();
        var more = lines.Count - listed.Count;
        var text = listed.Count == 1 ? listed[0] : string.Join(", ", listed[..^1]) + (more > 0 ? ", " : " and ") + listed[^1];
        return more > 0 ? $"{word} {text} and {more} more" : $"{word} {text}";
    }
}
