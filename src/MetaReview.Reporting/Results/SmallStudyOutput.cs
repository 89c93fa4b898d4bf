using System.Collections.Immutable;
using MetaReview.Statistics.SmallStudy;

namespace MetaReview.Reporting.Results;

/// <summary>
/// The tests for small-study effects (funnel plot asymmetry) of <c>metareview analyze --bias</c>. A test that cannot be
/// run on these data (e.g. Peters' and Harbord's tests without 2×2 tables, too few studies) is <see langword="null"/>
/// and <see cref="Notes"/> says why.
/// </summary>
public sealed record SmallStudyOutput
{
    /// <summary>Egger's test as the meta-regression on the standard error with the analysis's model (metafor <c>regtest(res)</c>).</summary>
    public RegressionTestResult? Egger { get; init; }

    /// <summary>Egger's classical weighted regression test (metafor <c>regtest(res, model="lm")</c>).</summary>
    public RegressionTestResult? EggerLm { get; init; }

    /// <summary>Begg and Mazumdar's rank correlation test (metafor <c>ranktest(res)</c>).</summary>
    public RankCorrelationResult? Begg { get; init; }

    /// <summary>Trim-and-fill with the analysis's model (metafor <c>trimfill(res)</c>).</summary>
    public TrimAndFillResult? TrimFill { get; init; }

    /// <summary>Fail-safe numbers (metafor <c>fsn()</c>).</summary>
    public FailSafeNResult? Fsn { get; init; }

    /// <summary>Peters' test (binary data, odds ratios).</summary>
    public RegressionTestResult? Peters { get; init; }

    /// <summary>Harbord's test (binary data, odds ratios).</summary>
    public RegressionTestResult? Harbord { get; init; }

    /// <summary>The PET-PEESE conditional estimate.</summary>
    public PetPeeseResult? PetPeese { get; init; }

    /// <summary>Why a test was not run.</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
