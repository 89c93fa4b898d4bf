namespace MetaReview.Review.RevMan;

/// <summary>
/// One study's data in one outcome (an rm5 <c>DICH_DATA</c>, <c>CONT_DATA</c>, <c>IPD_DATA</c> or <c>IV_DATA</c>
/// element, a study row of the CSV export, a row of a data package's data-rows file). Arm 1 is RevMan's
/// experimental arm ("e"), arm 2 its control arm ("c"). Only the fields of the outcome's data type are set.
/// </summary>
public sealed record RevManDataRow
{
    /// <summary>RevMan's study identifier (rm5 <c>STUDY_ID</c>, e.g. "STD-ISIS_x002d_2"); the study name where the format has no identifiers.</summary>
    public required string StudyId { get; init; }

    /// <summary>The study's name as RevMan shows it, e.g. "ISIS-2".</summary>
    public required string StudyName { get; init; }

    /// <summary>The study's year, as text (RevMan allows e.g. "1988a").</summary>
    public string? Year { get; init; }

    /// <summary>RevMan's display order of the row.</summary>
    public int? Order { get; init; }

    /// <summary>Events, experimental arm (dichotomous).</summary>
    public double? EventsE { get; init; }

    /// <summary>Total, experimental arm (dichotomous and continuous).</summary>
    public double? NE { get; init; }

    /// <summary>Events, control arm (dichotomous).</summary>
    public double? EventsC { get; init; }

    /// <summary>Total, control arm (dichotomous and continuous).</summary>
    public double? NC { get; init; }

    /// <summary>Mean, experimental arm (continuous).</summary>
    public double? MeanE { get; init; }

    /// <summary>SD, experimental arm (continuous).</summary>
    public double? SdE { get; init; }

    /// <summary>Mean, control arm (continuous).</summary>
    public double? MeanC { get; init; }

    /// <summary>SD, control arm (continuous).</summary>
    public double? SdC { get; init; }

    /// <summary>Observed minus expected events (O−E and variance data).</summary>
    public double? OMinusE { get; init; }

    /// <summary>Variance V of O−E (O−E and variance data).</summary>
    public double? Variance { get; init; }

    /// <summary>The entered estimate (generic inverse variance), on the analysis scale: a log ratio when the outcome's data are on the log scale.</summary>
    public double? Estimate { get; init; }

    /// <summary>The entered standard error of <see cref="Estimate"/> (generic inverse variance).</summary>
    public double? StandardError { get; init; }

    /// <summary>False when RevMan marked the row "not estimable" (rm5 <c>ESTIMABLE="NO"</c>); null when not stated.</summary>
    public bool? Estimable { get; init; }

    /// <summary>RevMan's computed values for this study.</summary>
    public RevManStudyResult? Stored { get; init; }

    /// <summary>
    /// Data package only: where the row counts, e.g. "SUBGROUP_AND_OVERALL". A row whose applicability does not
    /// mention OVERALL is left out of the overall result (and kept in its subgroup).
    /// </summary>
    public string? Applicability { get; init; }

    /// <summary>True unless <see cref="Applicability"/> excludes the row from the overall result.</summary>
    public bool InOverall => Applicability is null || Applicability.Contains("OVERALL", StringComparison.OrdinalIgnoreCase);

    /// <summary>Footnotes, where the format carries them.</summary>
    public string? Footnotes { get; init; }

    /// <summary>Where the row is: the file (or ZIP entry) and line.</summary>
    public RevManLocation? Location { get; init; }
}
