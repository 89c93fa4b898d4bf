namespace MetaReview.Records.Screening;

/// <summary>
/// Where a review keeps its literature work (documented in docs/screening.md):
/// <code>
/// DIR/records/imports.jsonl               one line per imported export file: database, time, counts
/// DIR/records/exports/NAME                a byte-for-byte copy of each export file (records are keyed NAME:line)
/// DIR/records/duplicate-decisions.jsonl   reviewers' answers for uncertain duplicate pairs
/// DIR/screening/journal.jsonl             the screening journal (append-only)
/// DIR/screening/keywords.txt              words to highlight while screening (optional)
/// DIR/screening/criteria.txt              eligibility criteria: "ID: description" per line (optional; review.yaml's come first)
/// DIR/screening/settings.txt              "reviewers-per-record: 2" for dual screening (optional)
/// </code>
/// Every file is either append-only or written once, so the folder can be kept under version control and
/// two reviewers can work in it at the same time.
/// </summary>
/// <param name="Root">The review folder.</param>
public sealed record ReviewFolder(string Root)
{
    /// <summary><c>DIR/records</c>.</summary>
    public string RecordsDirectory => Path.Combine(Root, "records");

    /// <summary><c>DIR/records/exports</c>: the copies of the export files.</summary>
    public string ExportsDirectory => Path.Combine(Root, "records", "exports");

    /// <summary><c>DIR/records/imports.jsonl</c>: the imports manifest.</summary>
    public string ImportsManifest => Path.Combine(Root, "records", "imports.jsonl");

    /// <summary><c>DIR/records/duplicate-decisions.jsonl</c>: decisions on uncertain duplicate pairs.</summary>
    public string DuplicateDecisions => Path.Combine(Root, "records", "duplicate-decisions.jsonl");

    /// <summary><c>DIR/screening</c>.</summary>
    public string ScreeningDirectory => Path.Combine(Root, "screening");

    /// <summary><c>DIR/screening/journal.jsonl</c>: the screening journal.</summary>
    public string Journal => Path.Combine(Root, "screening", "journal.jsonl");

    /// <summary><c>DIR/screening/keywords.txt</c>: include and exclude keywords to highlight.</summary>
    public string Keywords => Path.Combine(Root, "screening", "keywords.txt");

    /// <summary><c>DIR/screening/criteria.txt</c>: the eligibility criteria that exclusion reasons name.</summary>
    public string Criteria => Path.Combine(Root, "screening", "criteria.txt");

    /// <summary><c>DIR/screening/settings.txt</c>: how many reviewers decide each record.</summary>
    public string Settings => Path.Combine(Root, "screening", "settings.txt");

    /// <summary>The path of an export copy, from its name in the manifest.</summary>
    public string ExportPath(string name) => Path.Combine(ExportsDirectory, name);
}
