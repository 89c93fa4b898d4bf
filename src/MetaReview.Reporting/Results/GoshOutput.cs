using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Reporting.Results;

/// <summary>A GOSH run whose subsets were written to a CSV file (<see cref="GoshCsvWriter"/>).</summary>
/// <param name="File">The CSV file, as given on the command line.</param>
/// <param name="Summary">How many subsets, how they were chosen, the seed and the model.</param>
public sealed record GoshOutput(string File, GoshSummary Summary);
