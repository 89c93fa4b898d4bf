using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input.Internal.Layouts;

/// <summary>
/// Estimates on the analysis scale with their variance or standard error (RevMan's generic inverse
/// variance, meta's TE/seTE, metafor's yi/vi/sei), or estimates with a confidence interval on the
/// natural scale, which ratio measures log (<see cref="GenericData.FromConfidenceInterval"/>).
/// </summary>
internal sealed class GenericLayout : DataLayout
{
    public override DataType DataType => DataType.Generic;

    // yi and its variance first; an estimate with a confidence interval before an estimate with a
    // standard error, since RevMan's export has both and its estimate is on the natural scale.
    public override ImmutableArray<ImmutableArray<ColumnRole>> Forms { get; } =
    [
        [ColumnRole.Yi, ColumnRole.Vi],
        [ColumnRole.Yi, ColumnRole.Sei],
        [ColumnRole.Estimate, ColumnRole.CiLower, ColumnRole.CiUpper],
        [ColumnRole.Estimate, ColumnRole.Vi],
        [ColumnRole.Estimate, ColumnRole.Sei],
    ];

    public override ImmutableArray<ColumnRole> Signature { get; } =
        [ColumnRole.Yi, ColumnRole.Vi, ColumnRole.Sei, ColumnRole.Estimate, ColumnRole.CiLower, ColumnRole.CiUpper];

    public override EffectMeasure DefaultMeasure => EffectMeasure.GEN;

    public override string ColumnList => "yi with vi or sei, or estimate, ci_lower, ci_upper";

    /// <summary>True for the form with a confidence interval.</summary>
    public static bool IsIntervalForm(ImmutableArray<ColumnRole> form) => form.Contains(ColumnRole.CiLower);

    public override StudyData? Parse(StudyRow row, ImmutableArray<ColumnRole> form, EffectMeasure measure, double ciLevel)
    {
        var errors = row.ErrorCount;
        if (IsIntervalForm(form))
        {
            return FromInterval(row, measure, ciLevel);
        }

        var yi = row.Number(form[0]);
        if (form.Contains(ColumnRole.Vi))
        {
            var vi = row.Number(ColumnRole.Vi);
            if (vi < 0)
            {
                row.Error(ColumnRole.Vi, InputProblemCode.NegativeVariance, InputMessages.NegativeVariance(row.Text(ColumnRole.Vi)));
            }
            else if (vi == 0)
            {
                row.Error(ColumnRole.Vi, InputProblemCode.ZeroVariance, InputMessages.ZeroVariance(row.Text(ColumnRole.Vi)));
            }

            return row.ErrorCount == errors ? new GenericData(yi!.Value, vi!.Value) : null;
        }

        var sei = ValueChecks.Positive(row, ColumnRole.Sei, InputProblemCode.StandardErrorNotPositive, InputMessages.StandardErrorNotPositive);
        return row.ErrorCount == errors ? GenericData.FromStandardError(yi!.Value, sei!.Value) : null;
    }

    private static GenericData? FromInterval(StudyRow row, EffectMeasure measure, double ciLevel)
    {
        var errors = row.ErrorCount;
        var isRatio = measure.IsRatio();
        var estimate = Value(row, ColumnRole.Estimate, measure);
        var lower = Value(row, ColumnRole.CiLower, measure);
        var upper = Value(row, ColumnRole.CiUpper, measure);
        if (row.ErrorCount != errors)
        {
            return null;
        }

        double e = estimate!.Value, lo = lower!.Value, hi = upper!.Value;
        if (lo > hi)
        {
            row.Error(ColumnRole.CiLower, InputProblemCode.CiBoundsSwapped,
                InputMessages.CiBoundsSwapped(row.Text(ColumnRole.CiLower), row.Header(ColumnRole.CiUpper), row.Text(ColumnRole.CiUpper)));
        }
        else if (lo == hi)
        {
            row.Error(ColumnRole.CiLower, InputProblemCode.CiZeroWidth,
                InputMessages.CiZeroWidth(row.Text(ColumnRole.CiLower), row.Text(ColumnRole.CiUpper)));
        }
        else if (e < lo || e > hi)
        {
            row.Error(ColumnRole.Estimate, InputProblemCode.CiExcludesEstimate,
                InputMessages.CiExcludesEstimate(row.Text(ColumnRole.CiLower), row.Text(ColumnRole.CiUpper), row.Text(ColumnRole.Estimate)));
        }

        return row.ErrorCount == errors ? GenericData.FromConfidenceInterval(e, lo, hi, isRatio, ciLevel) : null;
    }

    // A ratio and its bounds are logged, so each must be > 0; a value ≤ 0 is often a log ratio.
    private static double? Value(StudyRow row, ColumnRole role, EffectMeasure measure)
    {
        var value = row.Number(role);
        if (value is { } v && v <= 0 && measure.IsRatio())
        {
            row.Error(role, InputProblemCode.RatioNotPositive, InputMessages.RatioNotPositive(measure, row.Text(role), v));
            return null;
        }

        return value;
    }
}
