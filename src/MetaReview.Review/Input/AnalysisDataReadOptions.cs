using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input;

/// <summary>How to read an analysis data file.</summary>
public sealed record AnalysisDataReadOptions
{
    /// <summary>The default options: measure inferred from the columns, first sheet, 95% intervals.</summary>
    public static AnalysisDataReadOptions Default { get; } = new();

    /// <summary>
    /// The effect measure, or <see langword="null"/> to infer it from the columns. When given, the
    /// columns must fit it (SMD needs continuous columns, RR binary ones, ...); generic columns
    /// (yi with vi or sei, or an estimate with its confidence interval) fit every measure.
    /// </summary>
    public EffectMeasure? Measure { get; init; }

    /// <summary>The worksheet of an XLSX file (matched ignoring case); <see langword="null"/> for the first sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>
    /// The confidence level of the intervals in estimate/ci_lower/ci_upper columns, strictly between 0
    /// and 1 (0.95 by default).
    /// </summary>
    public double CiLevel { get; init; } = 0.95;
}
