using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Statistics.Models;

/// <summary>Validated 2×2 tables with their study labels, shared by <see cref="MantelHaenszel"/> and <see cref="Peto"/>.</summary>
internal sealed class MantelHaenszelInput
{
    private MantelHaenszelInput(string[] labels, BinaryArms[] arms)
    {
        Labels = labels;
        Arms = arms;
        Tables = Array.ConvertAll(arms, MantelHaenszelTable.From);
    }

    public string[] Labels { get; }

    public BinaryArms[] Arms { get; }

    public MantelHaenszelTable[] Tables { get; }

    public int Count => Arms.Length;

    /// <exception cref="ArgumentException">For no studies, a label count that differs, or invalid counts.</exception>
    public static MantelHaenszelInput Create(IReadOnlyList<BinaryArms> tables, IReadOnlyList<string>? labels)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Count == 0)
        {
            throw new ArgumentException("At least one study is needed.", nameof(tables));
        }

        if (labels is not null && labels.Count != tables.Count)
        {
            throw new ArgumentException($"There are {tables.Count} tables but {labels.Count} labels; they must match.", nameof(labels));
        }

        var names = new string[tables.Count];
        var arms = new BinaryArms[tables.Count];
        for (var i = 0; i < tables.Count; i++)
        {
            names[i] = labels?[i] ?? StudyInput.DefaultLabel(i + 1);
            arms[i] = tables[i] ?? throw new ArgumentException($"Study '{names[i]}': the table is missing.", nameof(tables));
            var problem = StudyDataChecks.Problem(EffectMeasure.OR, arms[i]);
            if (problem is not null)
            {
                throw new ArgumentException($"Study '{names[i]}': {problem}", nameof(tables));
            }
        }

        return new MantelHaenszelInput(names, arms);
    }

    /// <exception cref="ArgumentException">When a study's data are not a 2×2 table (<see cref="BinaryArms"/>), or as above.</exception>
    public static MantelHaenszelInput Create(IReadOnlyList<StudyInput> studies)
    {
        ArgumentNullException.ThrowIfNull(studies);
        var tables = new BinaryArms[studies.Count];
        var labels = new string[studies.Count];
        for (var i = 0; i < studies.Count; i++)
        {
            var study = studies[i] ?? throw new ArgumentException($"Study {i + 1} is missing.", nameof(studies));
            labels[i] = study.Study;
            tables[i] = study.Data as BinaryArms
                ?? throw new ArgumentException($"Study '{study.Study}': needs binary data (events and totals in two arms), got {study.Data.DataType.ToString().ToLowerInvariant()} data.", nameof(studies));
        }

        return Create(tables, labels);
    }

    /// <exception cref="ArgumentOutOfRangeException">For a level outside (0, 1).</exception>
    public static void CheckLevel(double level, string parameter)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(parameter, level, "Level must be between 0 and 1 (e.g. 0.95).");
        }
    }
}
