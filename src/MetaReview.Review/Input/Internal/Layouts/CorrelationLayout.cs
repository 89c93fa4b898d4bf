using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input.Internal.Layouts;

/// <summary>A correlation and its sample size (meta's metacor, metafor's ri/ni).</summary>
internal sealed class CorrelationLayout : DataLayout
{
    public override DataType DataType => DataType.Correlation;

    public override ImmutableArray<ImmutableArray<ColumnRole>> Forms { get; } = [[ColumnRole.R, ColumnRole.N]];

    public override ImmutableArray<ColumnRole> Signature { get; } = [ColumnRole.R];

    /// <summary>ZCOR: the default of R's meta (metacor).</summary>
    public override EffectMeasure DefaultMeasure => EffectMeasure.ZCOR;

    public override StudyData? Parse(StudyRow row, ImmutableArray<ColumnRole> form, EffectMeasure measure, double ciLevel)
    {
        var errors = row.ErrorCount;
        var r = row.Number(ColumnRole.R);
        if (r is { } value && !(Math.Abs(value) < 1))
        {
            row.Error(ColumnRole.R, InputProblemCode.CorrelationOutOfRange, InputMessages.CorrelationOutOfRange(row.Text(ColumnRole.R)));
        }

        // Fisher's z has variance 1/(n − 3); the raw correlation's variance (1 − r²)²/(n − 1) needs n ≥ 2.
        var n = measure == EffectMeasure.ZCOR
            ? ValueChecks.SampleSize(row, ColumnRole.N, 4, InputMessages.FisherZNeedsFour)
            : ValueChecks.SampleSize(row, ColumnRole.N, 2, InputMessages.CorrelationNeedsTwo);
        return row.ErrorCount == errors ? new CorrelationData(r!.Value, n!.Value) : null;
    }
}
