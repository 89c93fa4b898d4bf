using System.Collections.Immutable;
using MetaReview.Records.Prioritisation;

namespace MetaReview.Records.Tests.Prioritisation;

/// <summary>
/// The labelled ACE-inhibitor screening set of Cohen et al. (JAMIA 2006;13:206–219) in its SYNERGY form
/// (shared/data/screening; provenance in shared/data/citations/SOURCES.md): 2,544 PubMed records, 41 included
/// after full text. Read once per test run.
/// </summary>
internal static class CohenData
{
    private static readonly Lazy<LabelledDataset> Dataset = new(Load);

    /// <summary>The path of the CSV.</summary>
    public static string Path => System.IO.Path.GetFullPath(System.IO.Path.Combine(SharedData.Citations, "..", "screening", "cohen2006_ace_inhibitors_synergy.csv"));

    /// <summary>The dataset.</summary>
    public static LabelledDataset Labelled => Dataset.Value;

    /// <summary>The text of each record (title, abstract, keywords), in file order.</summary>
    public static ImmutableArray<string> Texts => [.. Labelled.Records.Select(TfIdfMatrix.TextOf)];

    private static LabelledDataset Load()
    {
        var (dataset, problems) = LabelledDataset.Read(Path);
        return dataset ?? throw new InvalidOperationException($"{Path} could not be read: {string.Join("; ", problems)}");
    }
}
