using System.Collections.Immutable;
using System.Security.Cryptography;
using MetaReview.Records.Deduplication;

namespace MetaReview.Records.Screening;

/// <summary>
/// A review folder read back: the imports re-read from their copies, de-duplicated with the stored
/// decisions, and the screening journal. Everything is derived from the append-only files on each load,
/// so there is no cache to go stale.
/// </summary>
public sealed record RecordsProject
{
    /// <summary>The folder.</summary>
    public required ReviewFolder Folder { get; init; }

    /// <summary>The manifest entries, in import order.</summary>
    public required ImmutableArray<ImportEntry> Imports { get; init; }

    /// <summary>What re-reading each copy gave, in the order of <see cref="Imports"/>.</summary>
    public required ImmutableArray<ImportResult> ImportResults { get; init; }

    /// <summary>De-duplication of all imported records with the stored decisions.</summary>
    public required DeduplicationResult Deduplication { get; init; }

    /// <summary>The decisions stored for uncertain duplicate pairs, in the order written.</summary>
    public required ImmutableArray<DuplicateDecision> DuplicateDecisions { get; init; }

    /// <summary>The articles to screen, one per de-duplicated group, in import order.</summary>
    public required ImmutableArray<ScreeningRecord> Records { get; init; }

    /// <summary>The screening journal.</summary>
    public required JournalReadResult Journal { get; init; }

    /// <summary>Lines of the manifest, decisions or journal that were skipped.</summary>
    public required ImmutableArray<JournalProblem> Problems { get; init; }

    /// <summary>
    /// Reasons the folder cannot be trusted: an export copy missing, or changed since it was imported. Commands
    /// refuse to go on while there are any.
    /// </summary>
    public required ImmutableArray<string> Errors { get; init; }

    /// <summary>Things that may matter but do not stop work (an import that reads differently with this version).</summary>
    public required ImmutableArray<string> Warnings { get; init; }

    /// <summary>Pairs on the de-duplication review list that no decision answers yet.</summary>
    public IEnumerable<ReviewPair> UndecidedPairs => Deduplication.ReviewPairs;

    private ImmutableDictionary<string, int> KeyIndex { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>The article a record key belongs to (any member's key), or null.</summary>
    public ScreeningRecord? Find(string key) => KeyIndex.TryGetValue(key, out var i) ? Records[i] : null;

    /// <summary>The screening state under the given rules.</summary>
    public ScreeningState Screening(ScreeningRules? rules = null) => ScreeningState.Build(this, rules ?? ScreeningRules.Default);

    /// <summary>Loads a review folder. A folder without imports gives an empty project.</summary>
    public static RecordsProject Load(string directory, DeduplicationOptions? deduplication = null)
    {
        var folder = new ReviewFolder(directory);
        var (imports, manifestProblems) = ImportsManifest.Read(folder.ImportsManifest);
        var errors = ImmutableArray.CreateBuilder<string>();
        var warnings = ImmutableArray.CreateBuilder<string>();
        var results = ImmutableArray.CreateBuilder<ImportResult>();
        foreach (var entry in imports)
        {
            results.Add(Reimport(folder, entry, errors, warnings));
        }

        var records = results.SelectMany(r => r.Records).ToImmutableArray();
        var (decisions, decisionProblems) = DuplicateDecisionLog.Read(folder.DuplicateDecisions);
        var dedup = Deduplicator.Deduplicate(records, deduplication, decisions);
        var screening = ImmutableArray.CreateBuilder<ScreeningRecord>(dedup.Groups.Length);
        var keys = ImmutableDictionary.CreateBuilder<string, int>(StringComparer.Ordinal);
        foreach (var group in dedup.Groups)
        {
            var memberKeys = group.Records.Select(r => r.Key).ToImmutableArray();
            var index = screening.Count;
            screening.Add(new ScreeningRecord(index, memberKeys[0], group.Merged, memberKeys, group.Databases));
            foreach (var key in memberKeys)
            {
                keys.TryAdd(key, index);
            }
        }

        var journal = ScreeningJournal.Read(folder.Journal);
        return new RecordsProject
        {
            Folder = folder,
            Imports = imports,
            ImportResults = results.ToImmutable(),
            Deduplication = dedup,
            DuplicateDecisions = decisions,
            Records = screening.ToImmutable(),
            Journal = journal,
            Problems = [.. manifestProblems, .. decisionProblems, .. journal.Problems],
            Errors = errors.ToImmutable(),
            Warnings = warnings.ToImmutable(),
            KeyIndex = keys.ToImmutable(),
        };
    }

    private static ImportResult Reimport(ReviewFolder folder, ImportEntry entry, ImmutableArray<string>.Builder errors, ImmutableArray<string>.Builder warnings)
    {
        var path = folder.ExportPath(entry.File);
        if (!File.Exists(path))
        {
            errors.Add($"{path}: the copy of '{entry.Original}' imported on {ImportsManifest.Display(entry.ImportedAt)} is missing; restore it (e.g. from version control) — its {entry.Imported} records and every decision on them depend on it");
            return new ImportResult { File = entry.File, Skipped = 0, Failed = true };
        }

        var bytes = File.ReadAllBytes(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (sha != entry.Sha256)
        {
            errors.Add($"{path}: the copy has changed since it was imported on {ImportsManifest.Display(entry.ImportedAt)} (SHA-256 {sha[..12]}…, recorded {entry.Sha256[..Math.Min(12, entry.Sha256.Length)]}…); record keys are line numbers in it, so restore the original and import new versions as new files");
        }

        var options = new ImportOptions { Format = entry.FormatGiven ? entry.Format : null, Database = entry.Database };
        var result = RecordImporter.Import(new MemoryStream(bytes, writable: false), entry.File, options);
        if (sha == entry.Sha256 && (result.Imported != entry.Imported || result.Skipped != entry.Skipped))
        {
            warnings.Add($"{path}: reading the copy now gives {result.Imported} records imported and {result.Skipped} skipped, but the import on {ImportsManifest.Display(entry.ImportedAt)} gave {entry.Imported} and {entry.Skipped} (a different version of the importer?); record keys may have moved");
        }

        return result;
    }
}
