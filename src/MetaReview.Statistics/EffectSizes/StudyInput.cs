namespace MetaReview.Statistics.EffectSizes;

/// <summary>A study's label with the data it contributes to one analysis.</summary>
/// <param name="Study">The study label, e.g. "Aronson 1948".</param>
/// <param name="Data">The study's data.</param>
public sealed record StudyInput(string Study, StudyData Data)
{
    private static readonly string[] FirstLabels = [.. Enumerable.Range(1, 100).Select(n => $"Study {n}")];

    /// <summary>The label of a study given without one: "Study 1", "Study 2", ... (1-based <paramref name="number"/>).</summary>
    public static string DefaultLabel(int number) => number >= 1 && number <= FirstLabels.Length ? FirstLabels[number - 1] : $"Study {number}";
}
