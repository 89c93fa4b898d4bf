using System.Collections.Immutable;

namespace MetaReview.Records.Prisma;

/// <summary>
/// The PRISMA 2020 flow counts of a review folder (Page MJ et al. BMJ 2021;372:n71, Figure 1, databases and
/// registers column), derived by <see cref="PrismaCountsBuilder"/> from the imports, de-duplication and the
/// screening journal. While screening is under way the boxes count only final outcomes, and the records still
/// waiting are counted apart (<see cref="IsComplete"/> is then false), so that the diagram never claims more
/// than has been decided.
/// </summary>
public sealed record PrismaFlowCounts
{
    /// <summary>Records identified per database (imports marked as databases), in import order.</summary>
    public required ImmutableArray<PrismaSource> Databases { get; init; }

    /// <summary>Records identified per register (imports marked as registers), in import order.</summary>
    public required ImmutableArray<PrismaSource> Registers { get; init; }

    /// <summary>All records identified: the sum over databases and registers.</summary>
    public int RecordsIdentified => Databases.Sum(s => s.Count) + Registers.Sum(s => s.Count);

    /// <summary>Duplicate records removed by de-duplication (records identified − unique records).</summary>
    public required int DuplicatesRemoved { get; init; }

    /// <summary>Records after de-duplication, all of which are to be screened.</summary>
    public required int RecordsAfterDuplicatesRemoved { get; init; }

    /// <summary>Records screened: those with a final title/abstract outcome (include, exclude or maybe).</summary>
    public required int RecordsScreened { get; init; }

    /// <summary>Records excluded at title/abstract.</summary>
    public required int RecordsExcluded { get; init; }

    /// <summary>Reports sought for retrieval: records that passed title/abstract (include or maybe).</summary>
    public required int ReportsSought { get; init; }

    /// <summary>Reports not retrieved (full-text decision "not retrieved").</summary>
    public required int ReportsNotRetrieved { get; init; }

    /// <summary>Reports assessed for eligibility: those with a final full-text include, exclude or maybe.</summary>
    public required int ReportsAssessed { get; init; }

    /// <summary>Reports excluded at full text, by reason: criteria in the order given, then other reasons by count.</summary>
    public required ImmutableArray<PrismaReason> ReportsExcluded { get; init; }

    /// <summary>Reports of included studies: final full-text inclusions.</summary>
    public required int ReportsOfIncludedStudies { get; init; }

    /// <summary>Studies included: distinct studies among the included reports (a report without a study is its own).</summary>
    public required int StudiesIncluded { get; init; }

    /// <summary>Records without a final title/abstract outcome: not screened, or waiting for a second reviewer.</summary>
    public required int RecordsAwaitingScreening { get; init; }

    /// <summary>Records on which title/abstract reviewers disagree, unresolved.</summary>
    public required int RecordsInConflict { get; init; }

    /// <summary>Reports sought without a final full-text outcome (not assessed, waiting for a second reviewer).</summary>
    public required int ReportsAwaitingAssessment { get; init; }

    /// <summary>Reports on which full-text reviewers disagree, unresolved.</summary>
    public required int ReportsInConflict { get; init; }

    /// <summary>Reports assessed as "maybe" at full text: awaiting classification, neither included nor excluded.</summary>
    public required int ReportsAwaitingClassification { get; init; }

    /// <summary>True when every record and report has a final outcome, none in conflict and none awaiting classification.</summary>
    public bool IsComplete => RecordsAwaitingScreening + RecordsInConflict + ReportsAwaitingAssessment + ReportsInConflict + ReportsAwaitingClassification == 0;

    /// <summary>Reasons the counts cannot be trusted (an export copy missing or changed): each names the file.</summary>
    public ImmutableArray<string> Errors { get; init; } = [];

    /// <summary>Things a reader of the diagram should know (work still waiting, imports without a database name, skipped journal lines).</summary>
    public ImmutableArray<string> Notes { get; init; } = [];
}
