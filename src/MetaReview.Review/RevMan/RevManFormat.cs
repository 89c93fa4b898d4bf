namespace MetaReview.Review.RevMan;

/// <summary>The RevMan file formats MetaReview reads.</summary>
public enum RevManFormat
{
    /// <summary>A RevMan 5 review file (<c>.rm5</c>): XML, usually ISO-8859-1, with RevMan's results at full precision.</summary>
    Rm5,

    /// <summary>
    /// RevMan 5's "Data and analyses" export (File → Export → Data and analyses): a CSV file, one row per
    /// comparison, outcome, subgroup and study, with RevMan's results rounded to 8 decimal places.
    /// </summary>
    AnalysisCsv,

    /// <summary>
    /// A Cochrane data package from RevMan Web (version 1 specification): a ZIP holding the analysis data
    /// (<c>*-overall-estimates-and-settings.csv</c>, <c>*-data-rows.csv</c>, <c>*-subgroup-estimates.csv</c>) and
    /// the study data, results rounded to 6 decimal places.
    /// </summary>
    DataPackage,
}
