using System.Collections.Immutable;
using System.Text;
using MetaReview.Review.Project;

namespace MetaReview.Review.RevMan.Conversion;

/// <summary>
/// A RevMan review converted to a review project (<see cref="RevManProjectConverter"/>): the text of
/// <c>review.yaml</c>, RevMan's stored results (<c>revman-results.json</c>), and the notes on everything the review file
/// cannot express or the import assumed (<c>revman-import-notes.md</c>), with counts of what was imported.
/// </summary>
public sealed record RevManConversion
{
    /// <summary>The name of the notes file in the project folder.</summary>
    public const string NotesFileName = "revman-import-notes.md";

    /// <summary>The text of review.yaml; it loads with <see cref="ReviewProjectLoader"/>.</summary>
    public required string ReviewYaml { get; init; }

    /// <summary>RevMan's stored results with the project's ids.</summary>
    public required RevManStoredResults StoredResults { get; init; }

    /// <summary>Every note, in the order the import met them.</summary>
    public required ImmutableArray<RevManConversionNote> Notes { get; init; }

    /// <summary>The notes file's text (Markdown).</summary>
    public required string NotesText { get; init; }

    /// <summary>Studies written (all statuses).</summary>
    public required int Studies { get; init; }

    /// <summary>Outcomes written.</summary>
    public required int Outcomes { get; init; }

    /// <summary>Data entries with numbers.</summary>
    public required int DataRows { get; init; }

    /// <summary>Data entries recorded as missing (rows RevMan cannot estimate).</summary>
    public required int MissingRows { get; init; }

    /// <summary>Risk-of-bias assessments written.</summary>
    public required int RiskOfBiasAssessments { get; init; }

    /// <summary>The notes of one kind.</summary>
    public IEnumerable<RevManConversionNote> NotesOf(RevManNoteKind kind) => Notes.Where(n => n.Kind == kind);

    /// <summary>
    /// Writes review.yaml, revman-results.json and revman-import-notes.md into <paramref name="directory"/> (created if
    /// needed) and returns their paths. Each file is written beside its place and then moved in, so a failure leaves no
    /// half-written file; an existing review.yaml is never overwritten.
    /// </summary>
    /// <exception cref="IOException">When the folder already has a review.yaml, or a file cannot be written.</exception>
    public ImmutableArray<string> WriteTo(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var review = Path.Combine(directory, ReviewProjectLoader.FileName);
        if (File.Exists(review))
        {
            throw new IOException($"'{review}' already exists; an import never overwrites a review. Choose another folder or remove the file.");
        }

        Directory.CreateDirectory(directory);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var results = Path.Combine(directory, RevManResultsFile.FileName);
        var notes = Path.Combine(directory, NotesFileName);
        Write(results, s => RevManResultsFile.Write(StoredResults, s), overwrite: true);
        Write(notes, s => s.Write(utf8.GetBytes(NotesText)), overwrite: true);
        Write(review, s => s.Write(utf8.GetBytes(ReviewYaml)), overwrite: false);
        return [review, results, notes];
    }

    private static void Write(string path, Action<Stream> write, bool overwrite)
    {
        var temp = path + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write))
            {
                write(file);
            }

            File.Move(temp, path, overwrite);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
