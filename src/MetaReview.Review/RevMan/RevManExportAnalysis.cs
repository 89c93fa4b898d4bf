using System.Collections.Immutable;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.RevMan;

/// <summary>
/// A MetaReview outcome's data and settings, to be written for RevMan (see <see cref="RevManExport"/>): dichotomous
/// data (RR, OR, RD, Peto OR), continuous data (MD, SMD) or generic estimates with standard errors.
/// </summary>
public sealed record RevManExportAnalysis
{
    /// <summary>RevMan's comparison ("analysis group") number.</summary>
    public int ComparisonNumber { get; init; } = 1;

    /// <summary>The comparison's name.</summary>
    public string ComparisonName { get; init; } = "";

    /// <summary>The analysis number within the comparison.</summary>
    public int Number { get; init; } = 1;

    /// <summary>The analysis (outcome) name.</summary>
    public required string Name { get; init; }

    /// <summary>RR, OR, RD, PETO (binary arms); MD, SMD (continuous arms); GEN (generic estimates).</summary>
    public required EffectMeasure Measure { get; init; }

    /// <summary>The statistical method, or null for RevMan's default (MH for RR, OR and RD, Peto for PETO, IV otherwise).</summary>
    public PoolingMethod? Method { get; init; }

    /// <summary>Fixed or random effects.</summary>
    public EffectModel Model { get; init; } = EffectModel.Fixed;

    /// <summary>Confidence level of study and pooled intervals.</summary>
    public double Level { get; init; } = 0.95;

    /// <summary>Label of the experimental arm.</summary>
    public string ExperimentalLabel { get; init; } = "Experimental";

    /// <summary>Label of the control arm.</summary>
    public string ControlLabel { get; init; } = "Control";

    /// <summary>Analyse non-events instead of events (dichotomous data).</summary>
    public bool SwapEvents { get; init; }

    /// <summary>For generic estimates: RevMan's name for the measure, e.g. "Hazard Ratio".</summary>
    public string? GenericMeasureName { get; init; }

    /// <summary>For generic estimates: true when they are natural logs of ratios (RevMan shows them exponentiated).</summary>
    public bool GenericLogScale { get; init; }

    /// <summary>Unit of the effect measure (continuous and generic data), or null.</summary>
    public string? Units { get; init; }

    /// <summary>The studies, in the order to write them.</summary>
    public required ImmutableArray<RevManExportStudy> Studies { get; init; }

    /// <summary>
    /// The data of an outcome read from RevMan, ready to write back: rows as <see cref="RevManStudyInputs"/> maps them
    /// (events not swapped; the swap is kept as <see cref="SwapEvents"/>), O−E and variance data as generic log-scale
    /// estimates (O−E)/V with SE 1/√V. Rows that cannot be mapped are not written.
    /// </summary>
    public static RevManExportAnalysis FromRevMan(RevManOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var plain = outcome with { SwapEvents = false };
        var studies = ImmutableArray.CreateBuilder<RevManExportStudy>();
        void Add(IEnumerable<RevManDataRow> rows, string? subgroup)
        {
            var inputs = RevManStudyInputs.From(plain, rows);
            for (var i = 0; i < inputs.Studies.Length; i++)
            {
                studies.Add(new RevManExportStudy(inputs.Studies[i], inputs.Rows[i].Year, subgroup, inputs.Rows[i].Footnotes));
            }
        }

        Add(outcome.Rows, null);
        foreach (var s in outcome.Subgroups)
        {
            Add(s.Rows, s.Name);
        }

        var generic = outcome.DataType is RevManDataType.OMinusEAndVariance or RevManDataType.GenericInverseVariance;
        var measure = generic ? EffectMeasure.GEN : RevManVocabulary.ToMetaReview(outcome.EffectMeasure) ?? EffectMeasure.GEN;
        return new RevManExportAnalysis
        {
            ComparisonNumber = outcome.ComparisonNumber,
            Number = outcome.Number,
            Name = outcome.Name,
            Measure = measure,
            Method = generic ? PoolingMethod.IV : outcome.Method,
            Model = outcome.Model,
            Level = outcome.TotalLevel,
            ExperimentalLabel = outcome.LabelE ?? "Experimental",
            ControlLabel = outcome.LabelC ?? "Control",
            SwapEvents = outcome.SwapEvents,
            GenericMeasureName = generic ? (outcome.EffectMeasure == RevManEffectMeasure.Other ? outcome.EffectMeasureText : RevManVocabulary.DisplayName(outcome.EffectMeasure)) : null,
            GenericLogScale = generic && outcome.LogScale,
            Units = outcome.Units,
            Studies = studies.ToImmutable(),
        };
    }
}
