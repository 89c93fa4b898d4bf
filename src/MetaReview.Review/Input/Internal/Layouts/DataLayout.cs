using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Input.Internal.Layouts;

/// <summary>
/// The columns one data type is read from, and how a row of them becomes a <see cref="StudyData"/>.
/// A layout has one or more forms (sets of columns), in order of preference: binary data, for
/// example, take totals (n_e, n_c) or non-events (metafor's bi, di).
/// </summary>
internal abstract class DataLayout
{
    /// <summary>Every layout, in the order used when nothing else decides.</summary>
    public static ImmutableArray<DataLayout> All { get; } =
        [new BinaryLayout(), new ContinuousLayout(), new RateLayout(), new CorrelationLayout(), new ProportionLayout(), new GenericLayout()];

    public abstract DataType DataType { get; }

    /// <summary>The forms, most preferred first; the first is the one docs and messages name.</summary>
    public abstract ImmutableArray<ImmutableArray<ColumnRole>> Forms { get; }

    /// <summary>Columns whose presence says the user meant this layout (shared sample sizes do not count).</summary>
    public abstract ImmutableArray<ColumnRole> Signature { get; }

    /// <summary>The measure inferred when none is given: what RevMan and R's meta default to.</summary>
    public abstract EffectMeasure DefaultMeasure { get; }

    /// <summary>The columns as listed in messages, e.g. "events_e, n_e, events_c, n_c".</summary>
    public virtual string ColumnList => string.Join(", ", Forms[0].Select(ColumnAliases.Canonical));

    /// <summary>The most preferred form whose columns are all present, or <see langword="null"/>.</summary>
    public BoundLayout? Bind(ColumnMap map)
    {
        foreach (var form in Forms)
        {
            if (form.All(map.Has))
            {
                return new BoundLayout(this, form);
            }
        }

        return null;
    }

    /// <summary>The columns missing for the form closest to complete.</summary>
    public ImmutableArray<ColumnRole> Missing(ColumnMap map) =>
        Forms.Select(form => form.Where(role => !map.Has(role)).ToImmutableArray()).MinBy(missing => missing.Length);

    /// <summary>Reads one row in the given form; <see langword="null"/> when the row has errors (all reported).</summary>
    public abstract StudyData? Parse(StudyRow row, ImmutableArray<ColumnRole> form, EffectMeasure measure, double ciLevel);

    /// <summary>The measures that this data type can be analysed with.</summary>
    public ImmutableArray<EffectMeasure> Measures =>
        [.. Enum.GetValues<EffectMeasure>().Where(m => m.DataType() == DataType)];
}
