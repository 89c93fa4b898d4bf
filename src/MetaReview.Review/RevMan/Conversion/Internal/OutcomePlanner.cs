using System.Collections.Immutable;
using MetaReview.Review.Project;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>
/// Plans the outcomes: each RevMan outcome MetaReview can analyse becomes a review-file outcome with RevMan's measure,
/// method, model and level (on the <c>revman5</c> preset), its rows as data entries, and its subgroups as a study
/// characteristic named in the outcome's plan; RevMan's stored results are kept with the project's ids.
/// </summary>
internal sealed class OutcomePlanner(RevManReview review, StudyPlanner studies, ImportNotes notes)
{
    private readonly ProjectIds _outcomeIds = new("outcome");
    private readonly ProjectIds _characteristicIds = new("subgroups");

    public List<PlannedOutcome> Outcomes { get; } = [];

    public List<PlannedCharacteristic> Characteristics { get; } = [];

    public ImmutableArray<RevManStoredOutcome>.Builder Stored { get; } = ImmutableArray.CreateBuilder<RevManStoredOutcome>();

    public void Plan()
    {
        foreach (var comparison in review.Comparisons)
        {
            foreach (var outcome in comparison.Outcomes)
            {
                Plan(comparison, outcome);
            }
        }
    }

    private void Plan(RevManComparison comparison, RevManOutcome o)
    {
        var place = ImportMessages.OutcomePlace(o);
        var (settings, why) = RevManCheck.Settings(o);
        if (settings?.Measure is not { } checkMeasure || settings.Method is not { } method)
        {
            notes.NotImported(place, ImportMessages.OutcomeNotAnalysable(why ?? "", o.AllRows.Select(r => ImportMessages.Row(o, r))));
            return;
        }

        var (type, measure) = TypeAndMeasure(o, checkMeasure, place);
        try
        {
            (settings with { Measure = measure }).Resolve(measure);
        }
        catch (AnalysisException e)
        {
            notes.NotImported(place, ImportMessages.OutcomeNotAnalysable(e.Message, o.AllRows.Select(r => ImportMessages.Row(o, r))));
            return;
        }

        var id = _outcomeIds.Make($"{o.ComparisonNumber}.{o.Number}");
        var (direction, directionWhy) = DirectionInference.From(o);
        notes.Assumed(place, directionWhy);
        OutcomeNotes(comparison, o, place);

        var characteristic = o.Subgroups.IsEmpty ? null : AddCharacteristic(id, o);
        var entries = new List<PlannedEntry>();
        var storedStudies = ImmutableArray.CreateBuilder<RevManStoredStudy>();
        var rows = o.Rows.Select(r => (Row: r, Subgroup: (string?)null))
            .Concat(o.Subgroups.SelectMany(s => s.Rows.Select(r => (Row: r, Subgroup: (string?)SubgroupValue(s)))));
        foreach (var (row, subgroup) in rows)
        {
            if (Entry(o, row, subgroup, characteristic, entries) is { } study && row.Stored is { } result)
            {
                storedStudies.Add(new RevManStoredStudy(study.Id, row.StudyName, subgroup, result));
            }
        }

        Outcomes.Add(new PlannedOutcome
        {
            Id = id,
            Name = review.Comparisons.Length > 1 ? $"{o.Name} ({comparison.Name})" : o.Name,
            Type = type,
            Measure = measure,
            Direction = direction,
            Unit = o.Units,
            Method = method,
            Model = o.Model,
            Level = o.TotalLevel,
            SubgroupCharacteristic = characteristic?.Id,
            Entries = entries,
        });
        Stored.Add(new RevManStoredOutcome
        {
            Outcome = id,
            ComparisonNumber = o.ComparisonNumber,
            ComparisonName = comparison.Name,
            Number = o.Number,
            Name = o.Name,
            Analysis = RevManCheck.Outcome(o, review.StoredDecimals, new RevManCheckOptions { CompareStudies = false })[0].Analysis,
            EffectMeasure = o.EffectMeasureText,
            LogScale = o.LogScale,
            SubgroupCharacteristic = characteristic?.Id,
            Results = o.Results,
            SubgroupDifferences = o.SubgroupDifferences,
            Subgroups = [.. o.Subgroups.Select(s => new RevManStoredSubgroup(s.Number, SubgroupValue(s), s.Results))],
            Studies = storedStudies.ToImmutable(),
        });
    }

    /// <summary>The review file's type and measure: RevMan's for arm-level data; generic estimates keep a ratio measure whose scale matches, else GEN.</summary>
    private (string Type, EffectMeasure Measure) TypeAndMeasure(RevManOutcome o, EffectMeasure checkMeasure, string place)
    {
        switch (o.DataType)
        {
            case RevManDataType.Dichotomous:
                return ("binary", checkMeasure);
            case RevManDataType.Continuous:
                return ("continuous", checkMeasure);
        }

        var measure = o.DataType == RevManDataType.OMinusEAndVariance
            ? o.EffectMeasure is RevManEffectMeasure.OddsRatio or RevManEffectMeasure.PetoOddsRatio ? EffectMeasure.PETO : (EffectMeasure?)null
            : RevManVocabulary.ToMetaReview(o.EffectMeasure) is { } m && m.IsRatio() == o.LogScale ? m : null;
        if (measure is null)
        {
            notes.Assumed(place, ImportMessages.GenericMeasure(o.EffectMeasureText, o.LogScale));
        }

        return ("generic", measure ?? EffectMeasure.GEN);
    }

    private void OutcomeNotes(RevManComparison comparison, RevManOutcome o, string place)
    {
        var lost = new List<string>();
        if (review.Comparisons.Length == 1)
        {
            lost.Add(ImportMessages.ComparisonName(comparison));
        }

        if (!string.IsNullOrWhiteSpace(o.LabelE) || !string.IsNullOrWhiteSpace(o.LabelC))
        {
            lost.Add(ImportMessages.ArmLabels(o.LabelE, o.LabelC));
        }

        if (!string.IsNullOrWhiteSpace(o.GraphLabelLeft) || !string.IsNullOrWhiteSpace(o.GraphLabelRight))
        {
            lost.Add(ImportMessages.GraphLabels(o.GraphLabelLeft, o.GraphLabelRight));
        }

        if (o.StudyLevel != o.TotalLevel)
        {
            lost.Add(ImportMessages.StudyLevel(o.StudyLevel, o.TotalLevel));
        }

        if (lost.Count > 0)
        {
            notes.NotImported(place, string.Join("; ", lost));
        }

        if (o.Totals == false)
        {
            notes.Assumed(place, ImportMessages.NoTotals);
        }

        if (o.SwapEvents)
        {
            notes.Assumed(place, ImportMessages.SwappedEvents);
        }
    }

    private PlannedCharacteristic AddCharacteristic(string outcomeId, RevManOutcome o)
    {
        var values = new List<string>();
        foreach (var s in o.Subgroups)
        {
            var value = SubgroupValue(s);
            if (values.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                notes.Assumed(ImportMessages.OutcomePlace(o), ImportMessages.SubgroupNameRepeated(value));
                continue;
            }

            values.Add(value);
        }

        var characteristic = new PlannedCharacteristic(_characteristicIds.Make($"subgroups_{outcomeId}"), ImportMessages.SubgroupCharacteristicName(o), values);
        Characteristics.Add(characteristic);
        notes.Assumed(ImportMessages.OutcomePlace(o), ImportMessages.SubgroupsAsCharacteristic(characteristic.Id));
        return characteristic;
    }

    private static string SubgroupValue(RevManSubgroup s) =>
        string.IsNullOrWhiteSpace(s.Name) ? ImportMessages.UnnamedSubgroup(s.Number) : s.Name.Trim();

    /// <summary>Adds the row's entry, or notes why it cannot be; returns the study when the entry was added.</summary>
    private PlannedStudy? Entry(RevManOutcome o, RevManDataRow row, string? subgroup, PlannedCharacteristic? characteristic, List<PlannedEntry> entries)
    {
        var study = studies.Find(row.StudyId)!;
        var place = ImportMessages.RowPlace(o, row.StudyName);
        if (study.Status != StudyStatus.Included)
        {
            notes.NotImported(place, ImportMessages.DataOfStudyNotIncluded(study.Status, ImportMessages.Row(o, row)));
            return null;
        }

        if (entries.Any(e => e.Study == study))
        {
            notes.NotImported(place, ImportMessages.StudyTwice(subgroup, ImportMessages.Row(o, row)));
            return null;
        }

        if (subgroup is not null && characteristic is not null)
        {
            var value = characteristic.Values.First(v => string.Equals(v, subgroup, StringComparison.OrdinalIgnoreCase));
            study.Characteristics.Add(new(characteristic.Id, value));
        }

        if (!row.InOverall)
        {
            notes.Assumed(place, ImportMessages.SubgroupOnly(row.Applicability!));
        }

        var inputs = RevManStudyInputs.From(o, [row]);
        var footnotes = string.IsNullOrWhiteSpace(row.Footnotes) ? null : ImportMessages.Footnotes(row.Footnotes);
        if (inputs.Studies.IsEmpty)
        {
            var reason = inputs.LeftOut.Single()[(row.StudyName.Length + 2)..];
            entries.Add(new PlannedEntry(study, null, null, ImportMessages.NotEstimable(reason, ImportMessages.Row(o, row)), footnotes));
            notes.Assumed(place, ImportMessages.RecordedAsMissing(reason));
            return study;
        }

        var data = inputs.Studies[0].Data;
        var entryNotes = new List<string?> { footnotes };
        if (o.DataType == RevManDataType.OMinusEAndVariance)
        {
            entryNotes.Add(ImportMessages.OMinusE(row.OMinusE!.Value, row.Variance!.Value));
        }

        if (o.SwapEvents)
        {
            entryNotes.Add(ImportMessages.SwappedEntry);
        }

        var se = o.DataType == RevManDataType.GenericInverseVariance ? row.StandardError : null;
        var text = string.Join("\n", entryNotes.OfType<string>());
        entries.Add(new PlannedEntry(study, data, se, null, text.Length == 0 ? null : text));
        return study;
    }
}
