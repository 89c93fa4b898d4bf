using System.Globalization;
using System.Text;
using MetaReview.Review.RevMan.Conversion.Internal;

namespace MetaReview.Review.RevMan.Conversion;

/// <summary>
/// Converts a RevMan review (any of <see cref="RevManFormat"/>) into a MetaReview review project: studies with their
/// status, reasons for exclusion as eligibility criteria, characteristics-of-studies text as study notes; each outcome
/// MetaReview can analyse with RevMan's measure, method, model and level on the <c>revman5</c> preset, its rows as data
/// (events and totals, means/SDs/totals, O−E and V as Peto's yi = (O−E)/V with vi = 1/V, generic estimates with their
/// SEs), its subgroups as a study characteristic the outcome's plan names; RoB 1 tables as the risk-of-bias section.
/// RevMan's stored results are kept with the project's ids (<see cref="RevManStoredResults"/>), and everything the
/// review file cannot express, or that the import had to assume, is a <see cref="RevManConversionNote"/>: nothing is
/// dropped silently. The layout and every decision are in docs/revman.md ("Import into a review project").
/// </summary>
/// <example>
/// <code>
/// var read = RevManReader.Read("Fleiss1993.rm5");
/// var conversion = RevManProjectConverter.Convert(read);
/// conversion.WriteTo("fleiss");                        // review.yaml, revman-results.json, revman-import-notes.md
/// var project = ReviewProjectLoader.Load("fleiss").Project!;
/// </code>
/// </example>
public static class RevManProjectConverter
{
    /// <summary>Converts a read review; the reader's warnings become notes.</summary>
    /// <exception cref="ArgumentException">When the read result has no review (nothing could be read).</exception>
    public static RevManConversion Convert(RevManReadResult read, RevManConversionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        var review = read.Review ?? throw new ArgumentException("The RevMan file could not be read: there is no review to convert.", nameof(read));
        return Convert(review, options, read.Warnings);
    }

    /// <summary>Converts a review.</summary>
    public static RevManConversion Convert(RevManReview review, RevManConversionOptions? options = null) => Convert(review, options, []);

    private static RevManConversion Convert(RevManReview review, RevManConversionOptions? options, IEnumerable<RevManProblem> warnings)
    {
        ArgumentNullException.ThrowIfNull(review);
        options ??= RevManConversionOptions.Default;
        var notes = new ImportNotes();
        foreach (var w in warnings)
        {
            notes.ReaderWarning(w.Location.ToString(), w.Message);
        }

        var source = Path.GetFileName(review.Source);
        notes.Assumed(ImportMessages.ReviewPlace, ImportMessages.DesignNotRecorded(options.Design));
        notes.NotImported(ImportMessages.ReviewPlace, ImportMessages.ReferencesNotImported);
        var studies = StudyPlanner.Plan(review, notes);
        var outcomes = new OutcomePlanner(review, studies, notes);
        outcomes.Plan();
        var riskOfBias = RiskOfBiasPlanner.Plan(review, studies, notes);
        var title = options.Title ?? (string.IsNullOrWhiteSpace(review.Title) ? $"{ImportMessages.NoTitle} {source}" : review.Title.Trim());
        var format = ImportMessages.FormatText(review.Format);
        var yaml = ReviewYamlEmitter.Write(ImportMessages.Header(source, format), title, options.Design, studies, outcomes, riskOfBias, source);
        var stored = new RevManStoredResults
        {
            Source = source,
            Format = review.Format,
            RevManVersion = review.RevManVersion,
            StoredDecimals = review.StoredDecimals,
            Outcomes = outcomes.Stored.ToImmutable(),
        };
        var all = notes.ToImmutable();
        var conversion = new RevManConversion
        {
            ReviewYaml = yaml,
            StoredResults = stored,
            Notes = all,
            NotesText = "",
            Studies = studies.Studies.Count,
            Outcomes = outcomes.Outcomes.Count,
            DataRows = outcomes.Outcomes.Sum(o => o.Entries.Count(e => e.Data is not null)),
            MissingRows = outcomes.Outcomes.Sum(o => o.Entries.Count(e => e.Data is null)),
            RiskOfBiasAssessments = riskOfBias?.Assessments.Count ?? 0,
        };
        return conversion with { NotesText = NotesText(conversion, source, format, review.RevManVersion) };
    }

    /// <summary>"Imported 12 studies, 2 outcomes, 12 data rows (0 missing), 0 risk-of-bias assessments".</summary>
    public static string Summary(RevManConversion conversion)
    {
        ArgumentNullException.ThrowIfNull(conversion);
        return string.Create(CultureInfo.InvariantCulture,
            $"{conversion.Studies} {(conversion.Studies == 1 ? "study" : "studies")}, {conversion.Outcomes} outcome{(conversion.Outcomes == 1 ? "" : "s")}, {conversion.DataRows} data row{(conversion.DataRows == 1 ? "" : "s")} ({conversion.MissingRows} missing), {conversion.RiskOfBiasAssessments} risk-of-bias assessment{(conversion.RiskOfBiasAssessments == 1 ? "" : "s")}");
    }

    private static string NotesText(RevManConversion c, string source, string format, string? version)
    {
        var b = new StringBuilder();
        b.Append("# Import of ").Append(source).Append("\n\n");
        b.Append("`metareview import revman` converted ").Append(source).Append(" (").Append(format)
            .Append(version is null ? "" : $", RevMan {version}").Append(") into review.yaml: ").Append(Summary(c)).Append(".\n");
        b.Append("RevMan's own results are in ").Append(RevManResultsFile.FileName)
            .Append("; `metareview check revman <this folder>` re-analyses the project and compares them.\n");
        Section(b, c, RevManNoteKind.NotImported, "Not imported", "The review file cannot express these; they are kept here.");
        Section(b, c, RevManNoteKind.Assumption, "Assumed", "Choices the import made where RevMan does not say; check them.");
        Section(b, c, RevManNoteKind.ReaderWarning, "Reader warnings", "What the RevMan reader read with an assumption.");
        return b.ToString();
    }

    private static void Section(StringBuilder b, RevManConversion c, RevManNoteKind kind, string title, string intro)
    {
        var notes = c.NotesOf(kind).ToList();
        if (notes.Count == 0)
        {
            return;
        }

        b.Append("\n## ").Append(title).Append("\n\n").Append(intro).Append("\n\n");
        foreach (var n in notes)
        {
            b.Append("- ").Append(n.Place).Append(": ").Append(n.Message.Replace("\n", " ", StringComparison.Ordinal)).Append('\n');
        }
    }
}
