using System.Collections.Immutable;
using MetaReview.Reporting.Plots.Charts;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Plots.Forest;

/// <summary>The data columns RevMan shows for a data type, the cells of a study and the totals under a summary.</summary>
internal sealed class ColumnSet
{
    private readonly DataType? _type;

    private ColumnSet(DataType? type, ImmutableArray<ForestColumn> columns)
    {
        _type = type;
        Columns = columns;
    }

    public static ColumnSet None { get; } = new(null, []);

    public ImmutableArray<ForestColumn> Columns { get; }

    public static ColumnSet For(StudyData data) => data.DataType switch
    {
        DataType.Binary => new(DataType.Binary, [.. Arms(["Events", "Total"])]),
        DataType.Continuous => new(DataType.Continuous, [.. Arms(["Mean", "SD", "Total"])]),
        DataType.Rates => new(DataType.Rates, [.. Arms(["Events", "Time"])]),
        DataType.Proportion => new(DataType.Proportion, [new("Events"), new("Total")]),
        DataType.Correlation => new(DataType.Correlation, [new("r"), new("Total")]),
        DataType.Generic => new(DataType.Generic, [new("Estimate"), new("SE")]),
        _ => None,
    };

    public ImmutableArray<string?> Cells(StudyData data) => (_type, data) switch
    {
        (DataType.Binary, BinaryArms b) => [N(b.EventsE), N(b.NE), N(b.EventsC), N(b.NC)],
        (DataType.Continuous, ContinuousArms c) => [N(c.MeanE), N(c.SdE), N(c.NE), N(c.MeanC), N(c.SdC), N(c.NC)],
        (DataType.Rates, RateArms r) => [N(r.EventsE), N(r.TimeE), N(r.EventsC), N(r.TimeC)],
        (DataType.Proportion, ProportionData p) => [N(p.Events), N(p.N)],
        (DataType.Correlation, CorrelationData r) => [N(r.R), N(r.N)],
        (DataType.Generic, GenericData g) => [NumberText.Fixed(g.Yi, 4), NumberText.Fixed(Math.Sqrt(g.Vi), 4)],
        _ => [],
    };

    /// <summary>RevMan's totals: arm sizes on the summary row, events on a "Total events" row.</summary>
    public Totals? Totals(IReadOnlyList<StudyData> studies)
    {
        double Sum<T>(Func<T, double> f) => studies.OfType<T>().Sum(f);
        return _type switch
        {
            DataType.Binary => new Totals(
                [null, N(Sum<BinaryArms>(b => b.NE)), null, N(Sum<BinaryArms>(b => b.NC))],
                [new ForestTextRow("Total events", [N(Sum<BinaryArms>(b => b.EventsE)), null, N(Sum<BinaryArms>(b => b.EventsC)), null])]),
            DataType.Continuous => new Totals([null, null, N(Sum<ContinuousArms>(c => c.NE)), null, null, N(Sum<ContinuousArms>(c => c.NC))], []),
            DataType.Rates => new Totals(
                [null, N(Sum<RateArms>(r => r.TimeE)), null, N(Sum<RateArms>(r => r.TimeC))],
                [new ForestTextRow("Total events", [N(Sum<RateArms>(r => r.EventsE)), null, N(Sum<RateArms>(r => r.EventsC)), null])]),
            DataType.Proportion => new Totals(
                [null, N(Sum<ProportionData>(p => p.N))],
                [new ForestTextRow("Total events", [N(Sum<ProportionData>(p => p.Events)), null])]),
            DataType.Correlation => new Totals([null, N(Sum<CorrelationData>(r => r.N))], []),
            _ => null,
        };
    }

    private static IEnumerable<ForestColumn> Arms(string[] headers) =>
        headers.Select(h => new ForestColumn(h, ForestArm.Experimental)).Concat(headers.Select(h => new ForestColumn(h, ForestArm.Control)));

    private static string N(double value) => NumberText.Plain(value);
}

/// <summary>Cells of a summary row and the text rows under it.</summary>
internal sealed record Totals(ImmutableArray<string?> Cells, ImmutableArray<ForestTextRow> TextRows);
