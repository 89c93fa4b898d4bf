using System.Collections.Immutable;
using System.Security.Cryptography;

namespace MetaReview.Records.Screening;

/// <summary>
/// Imports search exports into a review folder: reads each file with <see cref="RecordImporter"/>, and when
/// every file is usable, copies them byte for byte into <c>DIR/records/exports</c> and appends one manifest
/// line each. Records are keyed by the copy's name (<c>NAME:line</c>), so keys do not depend on where the
/// folder or the original files are.
/// </summary>
public static class ReviewImporter
{
    /// <summary>Imports files into the folder (all or nothing; see <see cref="FolderImportResult"/>).</summary>
    /// <param name="folder">The review folder (created if needed).</param>
    /// <param name="paths">Export files.</param>
    /// <param name="options">Format, database and strictness, as for <see cref="RecordImporter"/>.</param>
    /// <param name="source">Database or register, for PRISMA.</param>
    /// <param name="now">The import time to record.</param>
    public static FolderImportResult Import(ReviewFolder folder, IReadOnlyList<string> paths, ImportOptions options, SourceKind source, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var (existing, _) = ImportsManifest.Read(folder.ImportsManifest);
        var bySha = existing.GroupBy(e => e.Sha256, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var taken = new HashSet<string>(existing.Select(e => e.File), StringComparer.OrdinalIgnoreCase);
        var files = ImmutableArray.CreateBuilder<FileImport>();
        var contents = new List<byte[]?>();
        foreach (var path in paths)
        {
            var (file, bytes) = Prepare(folder, path, options, source, now, bySha, taken);
            files.Add(file);
            contents.Add(bytes);
        }

        var ok = files.All(f => f.Refusal is null);
        if (ok)
        {
            Directory.CreateDirectory(folder.ExportsDirectory);
            for (var i = 0; i < files.Count; i++)
            {
                WriteCopy(folder.ExportPath(files[i].Entry!.File), contents[i]!);
            }

            ImportsManifest.Append(folder.ImportsManifest, files.Select(f => f.Entry!));
        }

        return new FolderImportResult { Files = files.ToImmutable(), Committed = ok };
    }

    private static (FileImport File, byte[]? Bytes) Prepare(
        ReviewFolder folder, string path, ImportOptions options, SourceKind source, DateTimeOffset now,
        Dictionary<string, ImportEntry> bySha, HashSet<string> taken)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var why = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : $"cannot be read ({e.Message})";
            return (new FileImport { Path = path, Refusal = $"{path}: {why}" }, null);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (bySha.TryGetValue(sha, out var earlier))
        {
            return (new FileImport
            {
                Path = path,
                Refusal = $"{path}: already imported as '{earlier.File}' on {ImportsManifest.Display(earlier.ImportedAt)} (the same bytes); importing it again would count its records twice",
            }, null);
        }

        var name = FreeName(folder, Path.GetFileName(path), sha, taken);
        var result = RecordImporter.Import(new MemoryStream(bytes, writable: false), name, options);
        var entry = new ImportEntry
        {
            File = name,
            Original = path,
            Sha256 = sha,
            Bytes = bytes.LongLength,
            Format = result.Format ?? options.Format ?? RecordFormat.Ris,
            FormatGiven = options.Format is not null,
            Database = options.Database,
            Source = source,
            ImportedAt = now,
            Imported = result.Imported,
            Skipped = result.Skipped,
            Errors = result.Errors.Count(),
            Warnings = result.Warnings.Count(),
            ByDatabase = result.Records.GroupBy(r => r.SourceDatabase ?? "(unknown)", StringComparer.Ordinal)
                .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
        };
        string? refusal = null;
        if (result.Failed)
        {
            refusal = options.Strict && result.Format is not null
                ? $"{path}: {result.Skipped} record(s) malformed; strict mode imports nothing from it"
                : $"{path}: {result.Problems.FirstOrDefault()?.Message ?? "nothing could be read"}";
        }
        else
        {
            bySha[sha] = entry;
            taken.Add(name);
        }

        return (new FileImport { Path = path, Result = result, Entry = entry, Refusal = refusal }, bytes);
    }

    /// <summary>The file's own name, or NAME-2.ext, NAME-3.ext… when a different file already has it.</summary>
    private static string FreeName(ReviewFolder folder, string name, string sha, HashSet<string> taken)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? name : $"{stem}-{n}{extension}";
            if (taken.Contains(candidate))
            {
                continue;
            }

            var copy = folder.ExportPath(candidate);
            if (!File.Exists(copy) || Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(copy))) == sha)
            {
                return candidate;
            }
        }
    }

    /// <summary>Writes the copy through a temporary file, so that a crash never leaves half a copy under the real name.</summary>
    private static void WriteCopy(string path, byte[] bytes)
    {
        var temp = path + ".tmp-" + Environment.ProcessId;
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }
}
