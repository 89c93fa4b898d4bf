using System.Collections.Immutable;
using System.Globalization;

namespace MetaReview.Statistics.EffectSizes;

/// <summary>
/// Computes study effect sizes on the analysis scale, as metafor's <c>escalc</c> does (the definitions are
/// in <see cref="EffectMeasure"/>'s members and the Cochrane Handbook, chapter 6), applying the
/// zero-cell rule and recording every adjustment and exclusion.
/// </summary>
public static class EffectSizeCalculator
{
    /// <summary>
    /// Effect sizes for all studies. Studies that cannot enter (double-zero studies when they are dropped;
    /// zero cells without a correction for ratio measures) are listed in <see cref="StudyEffects.Excluded"/>.
    /// </summary>
    /// <exception cref="ArgumentException">When a study's data do not fit the measure or are invalid (e.g. SD ≤ 0).</exception>
    public static StudyEffects Compute(EffectMeasure measure, IReadOnlyList<StudyInput> studies, EffectSizeOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(studies);
        options ??= EffectSizeOptions.Default;
        var zeroCells = options.ZeroCells;
        var anyZero = false;
        foreach (var study in studies)
        {
            Check(measure, study);
            anyZero |= HasZero(measure, study.Data);
        }

        var labels = ImmutableArray.CreateBuilder<string>(studies.Count);
        var yi = ImmutableArray.CreateBuilder<double>(studies.Count);
        var vi = ImmutableArray.CreateBuilder<double>(studies.Count);
        var increments = ImmutableArray.CreateBuilder<double>(studies.Count);
        var excluded = ImmutableArray.CreateBuilder<StudyNote>();
        var notes = ImmutableArray.CreateBuilder<StudyNote>();
        var indices = ImmutableArray.CreateBuilder<int>(studies.Count);
        for (var index = 0; index < studies.Count; index++)
        {
            var study = studies[index];
            if (zeroCells.DropDoubleZero && IsDoubleZero(study.Data))
            {
                excluded.Add(new StudyNote(study.Study, "no events in either arm (double zero): study dropped"));
                continue;
            }

            var increment = Increment(measure, study.Data, zeroCells, anyZero);
            var effect = Compute(measure, study.Data, increment, options.Smd);
            if (effect is null)
            {
                excluded.Add(new StudyNote(study.Study, increment == 0 && HasZero(measure, study.Data)
                    ? $"not estimable for {measure}: a zero cell and no continuity correction"
                    : $"not estimable for {measure} from these data"));
                continue;
            }

            if (increment > 0)
            {
                var reason = HasZero(measure, study.Data) ? "zero cell" : zeroCells.Rule == ContinuityRule.AllStudies ? "added to all studies" : "another study has a zero cell";
                notes.Add(new StudyNote(study.Study, $"{increment.ToString(CultureInfo.InvariantCulture)} added to each cell ({reason})"));
            }

            labels.Add(study.Study);
            yi.Add(effect.Yi);
            vi.Add(effect.Vi);
            increments.Add(effect.Increment);
            indices.Add(index);
        }

        return new StudyEffects(measure, labels.ToImmutable(), yi.ToImmutable(), vi.ToImmutable(), increments.ToImmutable(), excluded.ToImmutable(), notes.ToImmutable(), indices.ToImmutable());
    }

    /// <summary>
    /// One study's effect size with a given continuity increment (ignored by measures that take none),
    /// or <see langword="null"/> when it is not estimable (e.g. log of zero).
    /// </summary>
    public static EffectSize? Compute(EffectMeasure measure, StudyData data, double increment = 0, SmdVariant smd = SmdVariant.HedgesG)
    {
        ArgumentNullException.ThrowIfNull(data);
        return (measure, data) switch
        {
            (EffectMeasure.RR or EffectMeasure.OR or EffectMeasure.RD or EffectMeasure.PETO, BinaryArms b) => BinaryEffectSizes.Compute(measure, b, increment),
            (EffectMeasure.MD or EffectMeasure.SMD or EffectMeasure.ROM, ContinuousArms c) => ContinuousEffectSizes.Compute(measure, c, smd),
            (EffectMeasure.IRR, RateArms r) => OtherEffectSizes.Rate(r, increment),
            (EffectMeasure.COR or EffectMeasure.ZCOR, CorrelationData r) => OtherEffectSizes.Correlation(measure, r),
            (EffectMeasure.PR or EffectMeasure.PLO or EffectMeasure.PAS or EffectMeasure.PFT, ProportionData p) => OtherEffectSizes.Proportion(measure, p, increment),
            (_, GenericData g) => new EffectSize(g.Yi, g.Vi),
            _ => throw new ArgumentException($"{measure} cannot be computed from {data.DataType.ToString().ToLowerInvariant()} data.", nameof(data)),
        };
    }

    /// <summary>True when the measure takes a continuity correction and the study has a zero count.</summary>
    private static bool HasZero(EffectMeasure measure, StudyData data) => data switch
    {
        BinaryArms b => b.HasZeroCell,
        RateArms r => r.EventsE == 0 || r.EventsC == 0,
        ProportionData p => measure is EffectMeasure.PR or EffectMeasure.PLO && (p.Events == 0 || p.Events == p.N),
        _ => false,
    };

    private static bool IsDoubleZero(StudyData data) => data switch
    {
        BinaryArms b => b.IsDoubleZero,
        RateArms r => r.EventsE == 0 && r.EventsC == 0,
        _ => false,
    };

    private static double Increment(EffectMeasure measure, StudyData data, ZeroCellCorrection zeroCells, bool anyZero)
    {
        var takesCorrection = data is BinaryArms or RateArms || (data is ProportionData && measure is EffectMeasure.PR or EffectMeasure.PLO);
        if (!takesCorrection)
        {
            return 0;
        }

        return zeroCells.Rule switch
        {
            ContinuityRule.OnlyStudiesWithZero when HasZero(measure, data) => zeroCells.Increment,
            ContinuityRule.AllStudies => zeroCells.Increment,
            ContinuityRule.AllIfAnyZero when anyZero => zeroCells.Increment,
            _ => 0,
        };
    }

    private static void Check(EffectMeasure measure, StudyInput study)
    {
        var problem = StudyDataChecks.Problem(measure, study.Data);
        if (problem is not null)
        {
            throw new ArgumentException($"Study '{study.Study}': {problem}", nameof(study));
        }
    }
}
