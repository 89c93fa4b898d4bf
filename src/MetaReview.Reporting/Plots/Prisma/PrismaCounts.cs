using System.Collections.Immutable;

namespace MetaReview.Reporting.Plots.Prisma;

/// <summary>
/// The numbers of a PRISMA 2020 flow diagram (Page MJ et al. BMJ 2021;372:n71, doi:10.1136/bmj.n71,
/// Figure 1), for a new review searching databases and registers and, optionally, other sources.
/// Optional removals (null) are left out of the diagram; use 0 to print "(n = 0)".
/// </summary>
public sealed record PrismaCounts
{
    /// <summary>Records per database; one entry with a null name for a total without breakdown.</summary>
    public required ImmutableArray<SourceCount> Databases { get; init; }

    /// <summary>Records per register (ClinicalTrials.gov, ICTRP, ...); empty when none were searched.</summary>
    public ImmutableArray<SourceCount> Registers { get; init; } = [];

    public int? DuplicatesRemoved { get; init; }

    public int? MarkedIneligibleByAutomation { get; init; }

    public int? RemovedForOtherReasons { get; init; }

    public required int RecordsScreened { get; init; }

    public required int RecordsExcluded { get; init; }

    public required int ReportsSought { get; init; }

    public required int ReportsNotRetrieved { get; init; }

    public required int ReportsAssessed { get; init; }

    public ImmutableArray<ReasonCount> ReportsExcluded { get; init; } = [];

    /// <summary>The "other methods" column; null for the databases-and-registers-only template.</summary>
    public PrismaOtherMethods? OtherMethods { get; init; }

    public required int StudiesIncluded { get; init; }

    /// <summary>Reports of the included studies; null to leave the line out.</summary>
    public int? ReportsOfIncludedStudies { get; init; }

    public int DatabaseTotal => Databases.Sum(s => s.Count);

    public int RegisterTotal => Registers.Sum(s => s.Count);

    /// <summary>Throws on a negative count or a missing name, naming the field and the value.</summary>
    /// <exception cref="ArgumentException">A count is negative or a source or reason has no name.</exception>
    public void Validate()
    {
        static void NonNegative(string field, int? value)
        {
            if (value < 0)
            {
                throw new ArgumentException($"PRISMA counts: {field} must be >= 0, got {value}", field);
            }
        }

        static void Sources(string field, ImmutableArray<SourceCount> sources, bool namesRequired)
        {
            for (var i = 0; i < sources.Length; i++)
            {
                NonNegative($"{field}[{i}] ('{sources[i].Name}')", sources[i].Count);
                if (namesRequired && string.IsNullOrWhiteSpace(sources[i].Name))
                {
                    throw new ArgumentException($"PRISMA counts: {field}[{i}] needs a name (e.g. 'Websites'), got none", field);
                }
            }
        }

        static void Reasons(string field, ImmutableArray<ReasonCount> reasons)
        {
            for (var i = 0; i < reasons.Length; i++)
            {
                NonNegative($"{field}[{i}] ('{reasons[i].Reason}')", reasons[i].Count);
                if (string.IsNullOrWhiteSpace(reasons[i].Reason))
                {
                    throw new ArgumentException($"PRISMA counts: {field}[{i}] needs a reason, got none", field);
                }
            }
        }

        if (Databases.IsDefaultOrEmpty)
        {
            throw new ArgumentException("PRISMA counts: Databases needs at least one entry (a total with a null name will do)", nameof(Databases));
        }

        Sources(nameof(Databases), Databases, namesRequired: Databases.Length > 1);
        Sources(nameof(Registers), Registers.IsDefault ? [] : Registers, namesRequired: Registers.Length > 1);
        NonNegative(nameof(DuplicatesRemoved), DuplicatesRemoved);
        NonNegative(nameof(MarkedIneligibleByAutomation), MarkedIneligibleByAutomation);
        NonNegative(nameof(RemovedForOtherReasons), RemovedForOtherReasons);
        NonNegative(nameof(RecordsScreened), RecordsScreened);
        NonNegative(nameof(RecordsExcluded), RecordsExcluded);
        NonNegative(nameof(ReportsSought), ReportsSought);
        NonNegative(nameof(ReportsNotRetrieved), ReportsNotRetrieved);
        NonNegative(nameof(ReportsAssessed), ReportsAssessed);
        Reasons(nameof(ReportsExcluded), ReportsExcluded.IsDefault ? [] : ReportsExcluded);
        NonNegative(nameof(StudiesIncluded), StudiesIncluded);
        NonNegative(nameof(ReportsOfIncludedStudies), ReportsOfIncludedStudies);
        if (OtherMethods is { } other)
        {
            if (other.Sources.IsDefaultOrEmpty)
            {
                throw new ArgumentException("PRISMA counts: OtherMethods.Sources needs at least one source (e.g. 'Citation searching')", nameof(OtherMethods));
            }

            Sources("OtherMethods.Sources", other.Sources, namesRequired: true);
            NonNegative("OtherMethods.ReportsSought", other.ReportsSought);
            NonNegative("OtherMethods.ReportsNotRetrieved", other.ReportsNotRetrieved);
            NonNegative("OtherMethods.ReportsAssessed", other.ReportsAssessed);
            Reasons("OtherMethods.ReportsExcluded", other.ReportsExcluded.IsDefault ? [] : other.ReportsExcluded);
        }
    }

    /// <summary>
    /// Arithmetic the diagram implies but the counts contradict, as sentences naming both sides. Published
    /// diagrams are often inconsistent; these are warnings for the author, and the diagram is drawn as given.
    /// </summary>
    public ImmutableArray<string> Inconsistencies()
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        void Expect(string what, long expected, long actual)
        {
            if (expected != actual)
            {
                notes.Add($"{what}: expected {PlotText.Count(expected)} from the other boxes, got {PlotText.Count(actual)}");
            }
        }

        if (DuplicatesRemoved is not null || MarkedIneligibleByAutomation is not null || RemovedForOtherReasons is not null)
        {
            var removed = (DuplicatesRemoved ?? 0) + (MarkedIneligibleByAutomation ?? 0) + (RemovedForOtherReasons ?? 0);
            Expect("Records screened (identified − removed before screening)", (long)DatabaseTotal + RegisterTotal - removed, RecordsScreened);
        }

        Expect("Reports sought for retrieval (screened − excluded)", RecordsScreened - RecordsExcluded, ReportsSought);
        Expect("Reports assessed for eligibility (sought − not retrieved)", ReportsSought - ReportsNotRetrieved, ReportsAssessed);
        var excluded = ReportsExcluded.IsDefault ? 0 : ReportsExcluded.Sum(r => r.Count);
        long includedReports = ReportsAssessed - excluded;
        if (OtherMethods is { } other)
        {
            Expect("Other methods: reports assessed (sought − not retrieved)", other.ReportsSought - other.ReportsNotRetrieved, other.ReportsAssessed);
            includedReports += other.ReportsAssessed - (other.ReportsExcluded.IsDefault ? 0 : other.ReportsExcluded.Sum(r => r.Count));
        }

        if (ReportsOfIncludedStudies is { } reports)
        {
            Expect("Reports of included studies (assessed − excluded, all columns)", includedReports, reports);
        }

        if (StudiesIncluded > (ReportsOfIncludedStudies ?? includedReports))
        {
            notes.Add($"Studies included ({PlotText.Count(StudiesIncluded)}) exceed the reports of included studies ({PlotText.Count(ReportsOfIncludedStudies ?? includedReports)}); a study needs at least one report");
        }

        return notes.ToImmutable();
    }
}
