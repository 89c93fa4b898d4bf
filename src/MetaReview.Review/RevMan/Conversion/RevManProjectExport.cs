using System.Text.RegularExpressions;
using MetaReview.Review.Project;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.RevMan.Conversion;

/// <summary>
/// A review project's outcome as a RevMan analysis (<see cref="RevManExportAnalysis"/>, written by
/// <see cref="RevManExport"/>): its studies' analysis data (after any conversion of reported values) with their labels,
/// the year at the end of a label ("Braga 2018"), the outcome's first subgroup characteristic as RevMan subgroups and
/// the data notes as footnotes; the plan's method, model and level. Generic estimates go as RevMan's generic inverse
/// variance data, named after the outcome's measure and on the log scale for ratio measures.
/// </summary>
public static partial class RevManProjectExport
{
    /// <summary>The outcome as analysis <paramref name="number"/> of comparison 1.</summary>
    public static RevManExportAnalysis Analysis(ReviewOutcome outcome, int number = 1)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var subgroup = outcome.Analysis.Subgroups.IsEmpty ? null : outcome.Analysis.Subgroups[0];
        var generic = outcome.Type == DataType.Generic;
        var options = outcome.Analysis.Options;
        return new RevManExportAnalysis
        {
            Number = number,
            Name = outcome.Name,
            Measure = generic ? EffectMeasure.GEN : outcome.Measure,
            Method = options.Method,
            Model = options.Model.Model,
            Level = options.Model.Level,
            GenericMeasureName = generic && outcome.Measure != EffectMeasure.GEN ? outcome.Measure.DisplayName() : null,
            GenericLogScale = generic && outcome.Measure.IsRatio(),
            Units = outcome.Unit,
            Studies =
            [
                .. outcome.Data.Select(d => new RevManExportStudy(d.ToStudyInput(), Year(d.Study.Label), subgroup is null ? null : d.Study.Characteristic(subgroup), d.Notes)),
            ],
        };
    }

    private static string? Year(string label) => YearAtEnd().Match(label) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"\b((?:1[89]|20)\d\d[a-z]?)$")]
    private static partial Regex YearAtEnd();
}
