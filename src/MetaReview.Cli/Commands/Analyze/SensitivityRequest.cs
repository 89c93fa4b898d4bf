using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Cli.Commands.Analyze;

/// <summary>The sensitivity analyses and small-study tests asked for on the command line (<see cref="SensitivityOptionSet"/>).</summary>
internal sealed record SensitivityRequest
{
    /// <summary><c>--leave-one-out</c>.</summary>
    public bool LeaveOneOut { get; init; }

    /// <summary><c>--cumulative</c> given (with or without a column).</summary>
    public bool Cumulative { get; init; }

    /// <summary>The column the cumulative analysis is ordered by, or null for data order.</summary>
    public string? CumulativeColumn { get; init; }

    /// <summary><c>--influence</c>.</summary>
    public bool Influence { get; init; }

    /// <summary><c>--baujat</c>.</summary>
    public bool Baujat { get; init; }

    /// <summary><c>--bias</c>: every small-study test.</summary>
    public bool Bias { get; init; }

    /// <summary>The trim-and-fill side, or null to choose it as metafor does.</summary>
    public FunnelSide? TrimFillSide { get; init; }

    /// <summary>The trim-and-fill estimator.</summary>
    public TrimAndFillEstimator TrimFillEstimator { get; init; } = TrimAndFillEstimator.L0;

    /// <summary>Orwin's target average effect (analysis scale), or null for half the observed average.</summary>
    public double? FsnTarget { get; init; }

    /// <summary>The CSV file for the GOSH subsets, or null for no GOSH.</summary>
    public string? GoshFile { get; init; }

    /// <summary>How many GOSH subsets to fit, or null for the default (all up to k = 20).</summary>
    public long? GoshSubsets { get; init; }

    /// <summary>The restriction as column and value, or null.</summary>
    public (string Column, string Value)? Restrict { get; init; }

    /// <summary>True when nothing was asked for.</summary>
    public bool IsEmpty => !LeaveOneOut && !Cumulative && !Influence && !Baujat && !Bias && GoshFile is null && Restrict is null;

    /// <summary>True when a sensitivity analysis (not a small-study test) was asked for.</summary>
    public bool HasSensitivity => LeaveOneOut || Cumulative || Influence || Baujat || GoshFile is not null || Restrict is not null;

    /// <summary>The options given, as written on the command line (for messages).</summary>
    public IEnumerable<string> Options()
    {
        if (LeaveOneOut) { yield return "--leave-one-out"; }
        if (Cumulative) { yield return "--cumulative"; }
        if (Influence) { yield return "--influence"; }
        if (Baujat) { yield return "--baujat"; }
        if (Bias) { yield return "--bias"; }
        if (GoshFile is not null) { yield return "--gosh"; }
        if (Restrict is not null) { yield return "--restrict"; }
    }
}
