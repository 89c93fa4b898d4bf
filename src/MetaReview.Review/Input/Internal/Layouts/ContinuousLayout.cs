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
        var meanE = Mean(row, ColumnRole.MeanE, measure);
        var sdE = Sd(row, ColumnRole.SdE);
        var nE = ValueChecks.SampleSize(row, ColumnRole.NE, 2, InputMessages.SdNeedsTwo);
        var meanC = Mean(row, ColumnRole.MeanC, measure);
        var sdC = Sd(row, ColumnRole.SdC);
        var nC = ValueChecks.SampleSize(row, ColumnRole.NC, 2, InputMessages.SdNeedsTwo);
        return row.ErrorCount == errors
            ? new ContinuousArms(meanE!.Value, sdE!.Value, nE!.Value, meanC!.Value, sdC!.Value, nC!.Value)
            : null;
    }

    // The ratio of means takes the logarithm of each mean.
    private static double? Mean(StudyRow row, ColumnRole role, EffectMeasure measure) => measure == EffectMeasure.ROM
        ? ValueChecks.Positive(row, role, InputProblemCode.MeanNotPositive, InputMessages.MeanNotPositiveForRom)
        : row.Number(role);

    private static double? Sd(StudyRow row, ColumnRole role) =>
        ValueChecks.Positive(row, role, InputProblemCode.SdNotPositive, InputMessages.SdNotPositive);
}
