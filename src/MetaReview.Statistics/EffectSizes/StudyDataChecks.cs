using System.Globalization;

namespace MetaReview.Statistics.EffectSizes;

/// <summary>
/// The rules study data must satisfy for a measure, as plain sentences naming the field and the value
/// (e.g. "sd_e must be > 0, got -1.2"). Field names are those of the CSV input format.
/// </summary>
public static class StudyDataChecks
{
    /// <summary>The first problem with the data for the measure, or <see langword="null"/> when they are valid.</summary>
    public static string? Problem(EffectMeasure measure, StudyData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (measure != EffectMeasure.GEN && data.DataType != DataType.Generic && data.DataType != measure.DataType())
        {
            return $"{measure} needs {measure.DataType().ToString().ToLowerInvariant()} data, got {data.DataType.ToString().ToLowerInvariant()} data";
        }

        return data switch
        {
            BinaryArms b => Count("events_e", b.EventsE, "n_e", b.NE) ?? Count("events_c", b.EventsC, "n_c", b.NC),
            ContinuousArms c => Finite("mean_e", c.MeanE) ?? Finite("mean_c", c.MeanC)
                ?? Positive("sd_e", c.SdE) ?? Positive("sd_c", c.SdC)
                ?? AtLeast("n_e", c.NE, measure == EffectMeasure.MD ? 1 : 2) ?? AtLeast("n_c", c.NC, measure == EffectMeasure.MD ? 1 : 2)
                ?? (measure == EffectMeasure.ROM && !(c.MeanE > 0 && c.MeanC > 0 || c.MeanE < 0 && c.MeanC < 0)
                    ? $"ROM needs both means > 0 (or both < 0), got mean_e {F(c.MeanE)} and mean_c {F(c.MeanC)}" : null),
            RateArms r => NonNegative("events_e", r.EventsE) ?? NonNegative("events_c", r.EventsC) ?? Positive("time_e", r.TimeE) ?? Positive("time_c", r.TimeC),
            CorrelationData r => !(Math.Abs(r.R) < 1) ? $"r must be between -1 and 1 (exclusive), got {F(r.R)}"
                : AtLeast("n", r.N, measure == EffectMeasure.ZCOR ? 4 : 2),
            ProportionData p => Count("events", p.Events, "n", p.N),
            GenericData g => Finite("yi", g.Yi) ?? Positive("vi", g.Vi),
            _ => null,
        };
    }

    private static string F(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    private static string? Finite(string field, double value) => double.IsFinite(value) ? null : $"{field} must be a finite number, got {F(value)}";

    private static string? Positive(string field, double value) => value > 0 && double.IsFinite(value) ? null : $"{field} must be > 0, got {F(value)}";

    private static string? NonNegative(string field, double value) => value >= 0 && double.IsFinite(value) ? null : $"{field} must be ≥ 0, got {F(value)}";

    private static string? AtLeast(string field, double value, double min) => value >= min && double.IsFinite(value) ? null : $"{field} must be ≥ {F(min)}, got {F(value)}";

    private static string? Count(string eventsField, double events, string nField, double n) =>
        Positive(nField, n) ?? NonNegative(eventsField, events) ?? (events > n ? $"{eventsField} ({F(events)}) cannot exceed {nField} ({F(n)})" : null);
}
