using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Reporting.Results;

/// <summary>
/// A sensitivity analysis restricted to the studies whose <see cref="Column"/> equals <see cref="Value"/> (e.g. rob=low),
/// next to the same model on all studies (<c>metareview analyze --restrict COLUMN=VALUE</c>).
/// </summary>
/// <param name="Column">The column, as named in the data file.</param>
/// <param name="Value">The value kept, as written in the data file.</param>
/// <param name="Result">The model fitted to the kept studies and to all of them.</param>
public sealed record RestrictedOutput(string Column, string Value, SubsetSensitivityResult Result);
