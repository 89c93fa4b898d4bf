namespace MetaReview.Review.Input;

/// <summary>What kind of problem an input file has. The message says it in words; the code is for programs.</summary>
public enum InputProblemCode
{
    /// <summary>The file does not exist.</summary>
    FileNotFound,

    /// <summary>The file exists but cannot be read (permissions, locked, a directory).</summary>
    FileUnreadable,

    /// <summary>The file is neither CSV (.csv, .tsv, .txt) nor XLSX.</summary>
    UnsupportedFileType,

    /// <summary>A CSV file is not UTF-8 text.</summary>
    NotUtf8,

    /// <summary>An .xlsx file cannot be opened as a workbook.</summary>
    NotAWorkbook,

    /// <summary>The requested worksheet does not exist.</summary>
    SheetNotFound,

    /// <summary>A sheet was named for a CSV file (warning).</summary>
    SheetIgnored,

    /// <summary>The file (or sheet) has no header row.</summary>
    EmptyFile,

    /// <summary>The file has a header but no study rows.</summary>
    NoStudies,

    /// <summary>A quoted CSV field is never closed, or quotes are misplaced.</summary>
    MalformedQuotes,

    /// <summary>A CSV row has more fields than the header.</summary>
    FieldCount,

    /// <summary>Two columns give the same data column (e.g. both 'n.e' and 'n1i').</summary>
    DuplicateColumn,

    /// <summary>A column has values but no name (warning).</summary>
    BlankHeader,

    /// <summary>A column name is not recognised but is close to one that is (did you mean ...?).</summary>
    UnknownColumn,

    /// <summary>The columns are not enough for any data type.</summary>
    MissingColumns,

    /// <summary>The effect measure given needs columns the file does not have.</summary>
    MeasureDoesNotFitColumns,

    /// <summary>The columns and values fit more than one data type and no measure says which.</summary>
    AmbiguousDataType,

    /// <summary>Some rows hold one data type, others another (e.g. events in some, means in others).</summary>
    MixedDataTypes,

    /// <summary>There is no study label column (warning).</summary>
    NoStudyColumn,

    /// <summary>A row has no study label (warning).</summary>
    MissingStudyLabel,

    /// <summary>Two rows have the same study label (warning).</summary>
    DuplicateStudy,

    /// <summary>A required value is empty.</summary>
    MissingValue,

    /// <summary>A value is not a number.</summary>
    NotANumber,

    /// <summary>A number is written with a decimal comma (or a thousands separator).</summary>
    DecimalComma,

    /// <summary>A value is NaN or infinite.</summary>
    NotFinite,

    /// <summary>A count (events, non-events) is negative.</summary>
    NegativeCount,

    /// <summary>A count or sample size is not a whole number (warning).</summary>
    NonIntegerCount,

    /// <summary>A sample size is below what the data type needs.</summary>
    SampleSizeTooSmall,

    /// <summary>Events exceed the total.</summary>
    EventsExceedTotal,

    /// <summary>A standard deviation is zero or negative.</summary>
    SdNotPositive,

    /// <summary>The two means are zero or of opposite signs, where the ratio of means (ROM) takes the log of their ratio.</summary>
    MeansNotOfOneSign,

    /// <summary>Person-time is zero or negative.</summary>
    TimeNotPositive,

    /// <summary>A correlation is not strictly between −1 and 1.</summary>
    CorrelationOutOfRange,

    /// <summary>A sampling variance is negative.</summary>
    NegativeVariance,

    /// <summary>A sampling variance is zero.</summary>
    ZeroVariance,

    /// <summary>A standard error is zero or negative.</summary>
    StandardErrorNotPositive,

    /// <summary>A ratio estimate or confidence bound is zero or negative (perhaps a log value was entered).</summary>
    RatioNotPositive,

    /// <summary>The lower confidence bound is above the upper one.</summary>
    CiBoundsSwapped,

    /// <summary>The confidence interval has zero width.</summary>
    CiZeroWidth,

    /// <summary>The estimate lies outside its confidence interval.</summary>
    CiExcludesEstimate,

    /// <summary>
    /// The values passed every check of the reader but the statistics engine cannot use them (e.g. a
    /// standard error so small that its square is 0).
    /// </summary>
    UnusableStudyData,

    /// <summary>Estimates with confidence intervals look like ratios but no ratio measure was given (warning).</summary>
    CiLooksLikeRatio,
}
