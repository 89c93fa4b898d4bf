using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input.Internal.Layouts;

/// <summary>Mean, standard deviation and size of two arms (RevMan's continuous data, meta's metacont, metafor's m1i/sd1i/n1i).</summary>
internal sealed class ContinuousLayout : DataLayout
{
    public override DataType DataType => DataType.Continuous;

    public override ImmutableArray<ImmutableArray<ColumnRole>> Forms { get; } =
        [[ColumnRole.MeanE, ColumnRole.SdE, ColumnRole.NE, ColumnRole.MeanC, ColumnRole.SdC, ColumnRole.NC]];

    public override ImmutableArray<ColumnRole> Signature { get; } =
        [ColumnRole.MeanE, ColumnRole.SdE, ColumnRole.MeanC, ColumnRole.SdC];

    /// <summary>MD: the default of RevMan and of R's meta (metacont).</summary>
    public override EffectMeasure DefaultMeasure => EffectMeasure.MD;

    public override StudyData? Parse(StudyRow row, ImmutableArray<ColumnRole> form, EffectMeasure measure, double ciLevel)
    {
        var errors = row.ErrorCount;
        var meanE = row.Number(ColumnRole.MeanE);
        var sdE = Sd(row, ColumnRole.SdE);
        var nE = ValueChecks.SampleSize(row, ColumnRole.NE, 2, InputMessages.SdNeedsTwo);
        var meanC = row.Number(ColumnRole.MeanC);
        var sdC = Sd(row, ColumnRole.SdC);
        var nC = ValueChecks.SampleSize(row, ColumnRole.NC, 2, InputMessages.SdNeedsTwo);

        // The ratio of means is log(mean_e / mean_c): the means must be non-zero and of one sign.
        if (measure == EffectMeasure.ROM && meanE is { } e && meanC is { } c && !(e > 0 && c > 0 || e < 0 && c < 0))
        {
            row.Error(ColumnRole.MeanE, InputProblemCode.MeansNotOfOneSign,
                InputMessages.MeansNotOfOneSign(row.Text(ColumnRole.MeanE), row.Header(ColumnRole.MeanC), row.Text(ColumnRole.MeanC)));
        }

        return row.ErrorCount == errors
            ? new ContinuousArms(meanE!.Value, sdE!.Value, nE!.Value, meanC!.Value, sdC!.Value, nC!.Value)
            : null;
    }

    private static double? Sd(StudyRow row, ColumnRole role) =>
        ValueChecks.Positive(row, role, InputProblemCode.SdNotPositive, InputMessages.SdNotPositive);
}
