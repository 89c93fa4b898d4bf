using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Grade;

/// <summary>
/// One row of a GRADE summary-of-findings table (Guyatt et al. 2013, GRADE guidelines 12,
/// doi:10.1016/j.jclinepi.2012.05.011): participants (studies), relative effect, anticipated absolute effects,
/// certainty and the footnotes that explain it.
/// </summary>
public sealed record SummaryOfFindingsRow
{
    /// <summary>The outcome's name (with its time point).</summary>
    public required string Outcome { get; init; }

    /// <summary>Number of studies.</summary>
    public required int Studies { get; init; }

    /// <summary>Number of participants, when known.</summary>
    public int? Participants { get; init; }

    /// <summary>The effect measure.</summary>
    public required EffectMeasure Measure { get; init; }

    /// <summary>The relative effect (RR, OR, ...) with its CI, for ratio measures.</summary>
    public EffectRange? RelativeEffect { get; init; }

    /// <summary>Risk with the comparator, per 1000 (binary outcomes).</summary>
    public double? ComparatorRiskPer1000 { get; init; }

    /// <summary>Where the comparator risk comes from, e.g. "median control-group risk of the included studies".</summary>
    public string? ComparatorRiskSource { get; init; }

    /// <summary>Risk with the intervention, per 1000, with its CI (binary outcomes).</summary>
    public EffectRange? InterventionRiskPer1000 { get; init; }

    /// <summary>Risk difference per 1000, with its CI (binary outcomes).</summary>
    public EffectRange? DifferencePer1000 { get; init; }

    /// <summary>The mean difference (in the outcome's units) or SMD, with its CI (continuous outcomes).</summary>
    public EffectRange? MeanDifference { get; init; }

    /// <summary>The outcome's unit, e.g. "points" or "cmH2O".</summary>
    public string? Unit { get; init; }

    /// <summary>The GRADE assessment.</summary>
    public required GradeAssessment Grade { get; init; }

    /// <summary>
    /// Builds the row. For binary outcomes the absolute effects come from the comparator risk: with RR,
    /// ACR·RR; with OR (and Peto OR), ACR·OR/(1 − ACR + ACR·OR); with RD, ACR + RD (METHODS-REFERENCE §2).
    /// </summary>
    public static SummaryOfFindingsRow Build(GradeAssessment grade, AnalysisResult analysis, int? participants = null,
        double? comparatorRisk = null, string? comparatorRiskSource = null, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(grade);
        ArgumentNullException.ThrowIfNull(analysis);
        var m = analysis.Model;
        var measure = analysis.Measure;
        var row = new SummaryOfFindingsRow
        {
            Outcome = grade.Outcome,
            Studies = m.K,
            Participants = participants,
            Measure = measure,
            Unit = unit,
            Grade = grade,
            RelativeEffect = measure.IsRatio() && analysis.BackTransformed is { } bt ? new EffectRange(bt.Estimate, bt.CiLower, bt.CiUpper) : null,
        };

        if (measure.DataType() == DataType.Binary && comparatorRisk is { } acr && acr is >= 0 and <= 1)
        {
            double Corresponding(double y) => measure switch
            {
                EffectMeasure.RR => acr * Math.Exp(y),
                EffectMeasure.OR or EffectMeasure.PETO => acr * Math.Exp(y) / (1 - acr + acr * Math.Exp(y)),
                _ => acr + y,
            };
            var risk = new EffectRange(1000 * Corresponding(m.Estimate), 1000 * Corresponding(m.CiLower), 1000 * Corresponding(m.CiUpper));
            return row with
            {
                ComparatorRiskPer1000 = 1000 * acr,
                ComparatorRiskSource = comparatorRiskSource,
                InterventionRiskPer1000 = risk,
                DifferencePer1000 = new EffectRange(risk.Estimate - 1000 * acr, risk.Lower - 1000 * acr, risk.Upper - 1000 * acr),
            };
        }

        return measure.DataType() is DataType.Continuous or DataType.Generic && !measure.IsRatio()
            ? row with { MeanDifference = new EffectRange(m.Estimate, m.CiLower, m.CiUpper) }
            : row;
    }
}
