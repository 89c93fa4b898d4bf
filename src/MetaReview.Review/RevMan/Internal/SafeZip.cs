using System.IO.Compression;

namespace MetaReview.Review.RevMan.Internal;

/// <summary>A ZIP entry read into memory: its path for messages ("archive.zip!folder/name.csv"), its name and bytes.</summary>
internal sealed record ZipItem(string Path, string Name, byte[] Bytes);

/// <summary>
/// Reads chosen entries of a ZIP into memory, never to disk, within limits: entry count, each entry's uncompressed
/// size (counted while reading, not taken from the header), the total, and the compression ratio; entries whose
/// names leave the archive ("../", absolute paths) are skipped. Nested archives are opened one level deep (RevMan
/// Web puts the data in "*-data.zip" inside the package).
/// </summary>
internal sealed class SafeZip
{
    private const long RatioCheckFrom = 1024 * 1024;
    private readonly RevManReaderOptions _options;
    private readonly List<RevManProblem> _problems;
    private readonly Func<string, bool> _wanted;
    private long _total;

    private SafeZip(RevManReaderOptions options, List<RevManProblem> problems, Func<string, bool> wanted)
    {
        _options = options;
        _problems = problems;
        _wanted = wanted;
    }

    /// <summary>The wanted entries of the archive and of the archives inside it; problems are added to the list.</summary>
    public static List<ZipItem> Read(byte[] archive, string name, RevManReaderOptions options, Func<string, bool> wanted, List<RevManProblem> problems)
    {
        var zip = new SafeZip(options, problems, wanted);
        var items = new List<ZipItem>();
        zip.ReadArchive(archive, name, depth: 0, items);
        return items;
    }

    private void ReadArchive(byte[] bytes, string name, int depth, List<ZipItem> items)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException e)
        {
            _problems.Add(new RevManProblem(new RevManLocation(name), RevManMessages.NotAZip(e.Message)));
            return;
        }

        using (archive)
        {
            if (archive.Entries.Count > _options.MaxEntries)
            {
                _problems.Add(new RevManProblem(new RevManLocation(name), RevManMessages.TooManyEntries(archive.Entries.Count, _options.MaxEntries)));
                return;
            }

            foreach (var entry in archive.Entries)
            {
                var path = $"{name}!{entry.FullName}";
                if (entry.FullName.EndsWith('/') || entry.FullName.EndsWith('\\'))
                {
                    continue;
                }

                if (LeavesArchive(entry.FullName))
                {
                    _problems.Add(new RevManProblem(new RevManLocation(path), RevManMessages.PathTraversal(entry.FullName)));
                    continue;
                }

                var nested = entry.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
                if (!nested && !_wanted(entry.Name))
                {
                    continue;
                }

                if (nested && depth >= 1)
                {
                    _problems.Add(new RevManProblem(new RevManLocation(path), RevManMessages.NestedTooDeep, IsError: false));
                    continue;
                }

                var data = ReadEntry(entry, path);
                if (data is null)
                {
                    continue;
                }

                if (nested)
                {
                    ReadArchive(data, path, depth + 1, items);
                }
                else
                {
                    items.Add(new ZipItem(path, entry.Name, data));
                }
            }
        }
    }

    private byte[]? ReadEntry(ZipArchiveEntry entry, string path)
    {
        var limit = Math.Min(_options.MaxEntryBytes, _options.MaxTotalUncompressedBytes - _total);
        if (entry.Length > limit)
        {
            _problems.Add(new RevManProblem(new RevManLocation(path), RevManMessages.EntryTooLarge(entry.Length, _options.MaxEntryBytes, _options.MaxTotalUncompressedBytes)));
            return null;
        }

        if (entry.Length > RatioCheckFrom && entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > _options.MaxCompressionRatio)
        {
            _problems.Add(new RevManProblem(new RevManLocation(path), RevManMessages.CompressionRatio(entry.Length, entry.CompressedLength, _options.MaxCompressionRatio)));
            return null;
        }

        try
        {
            using var input = entry.Open();
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            long read = 0;
            int n;
            while ((n = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                read += n;
                // The header's sizes can lie: count what the entry really expands to.
                if (read > limit)
                {
                    _problems.Add(new RevManProblem(new RevManLocation(path), RevManMessages.EntryExpands(entry.Length, limit)));
                    return null;
                }

                output.Write(buffer, 0, n);
            }

            _total += read;
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            _problems.Add(new RevManProblem(new RevManLocation(path), RevManMessages.CorruptEntry(e.Message)));
            return null;
        }
    }

    private static bool LeavesArchive(string name)
    {
        if (name.StartsWith('/') || name.StartsWith('\\') || (name.Length >= 2 && name[1] == ':'))
        {
            return true;
        }

        return name.Split('/', '\\').Any(part => part == "..");
    }
}
