using System.Collections.Immutable;
using MetaReview.Statistics.Sensitivity;

namespace MetaReview.Reporting.Results;

/// <summary>
/// The sensitivity analyses <c>metareview analyze</c> was asked for: leave-one-out (<c>--leave-one-out</c>), cumulative
/// (<c>--cumulative [COLUMN]</c>), influence diagnostics (<c>--influence</c>), Baujat coordinates (<c>--baujat</c>),
/// GOSH (<c>--gosh FILE.csv</c>) and the analysis restricted by a column (<c>--restrict COLUMN=VALUE</c>). Study indices
/// in the engine results refer to <see cref="Studies"/>.
/// </summary>
/// <param name="Studies">Labels of the analysed studies, in input order.</param>
public sealed record SensitivityOutput(ImmutableArray<string> Studies)
{
    /// <summary>The leave-one-out analysis, or <see langword="null"/>.</summary>
    public LeaveOneOutResult? LeaveOneOut { get; init; }

    /// <summary>The cumulative meta-analysis, or <see langword="null"/>.</summary>
    public CumulativeResult? Cumulative { get; init; }

    /// <summary>The column the cumulative analysis is ordered by (ascending), or <see langword="null"/> for data order.</summary>
    public string? CumulativeOrder { get; init; }

    /// <summary>The influence diagnostics, or <see langword="null"/>.</summary>
    public InfluenceResult? Influence { get; init; }

    /// <summary>The Baujat coordinates, or <see langword="null"/>.</summary>
    public ImmutableArray<BaujatPoint>? Baujat { get; init; }

    /// <summary>What the GOSH run covered and where its subsets were written, or <see langword="null"/>.</summary>
    public GoshOutput? Gosh { get; init; }

    /// <summary>The analysis restricted by a column, or <see langword="null"/>.</summary>
    public RestrictedOutput? Restricted { get; init; }

    /// <summary>How many of the per-study tables (leave-one-out, cumulative, influence, Baujat) are present.</summary>
    public int TableCount =>
        (LeaveOneOut is null ? 0 : 1) + (Cumulative is null ? 0 : 1) + (Influence is null ? 0 : 1) + (Baujat is null ? 0 : 1);
}
