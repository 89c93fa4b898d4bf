using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Records.Screening;

namespace MetaReview.Records.Prisma;

/// <summary>
/// Derives every PRISMA 2020 count from a review folder: records per database and register from the imports
/// (re-read from their copies), duplicates removed from de-duplication with the reviewers' pair decisions, and
/// the screening and full-text boxes from the journal's final outcomes (<see cref="ScreeningState"/>). This is
/// what <c>metareview prisma DIR</c> draws and what a report builder calls with a folder.
/// </summary>
public static class PrismaCountsBuilder
{
    /// <summary>
    /// Loads a review folder and counts. Rules come from <c>DIR/screening/settings.txt</c>; when
    /// <paramref name="criteria"/> is null, exclusion reasons are spelled out from <c>DIR/screening/criteria.txt</c>
    /// (callers that read <c>review.yaml</c> pass its criteria).
    /// </summary>
    public static PrismaFlowCounts Build(string directory, IReadOnlyCollection<EligibilityCriterion>? criteria = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var project = RecordsProject.Load(directory);
        var (rules, ruleProblems) = ScreeningRules.Read(project.Folder.Settings);
        var notes = ImmutableArray.CreateBuilder<string>();
        notes.AddRange(ruleProblems);
        if (criteria is null)
        {
            var (read, problems) = EligibilityCriteria.Read(project.Folder.Criteria);
            criteria = read;
            notes.AddRange(problems);
        }

        var counts = Build(project, project.Screening(rules), criteria);
        return counts with { Notes = [.. notes, .. counts.Notes] };
    }

    /// <summary>Counts a loaded folder under a screening state built from it.</summary>
    /// <param name="project">The folder.</param>
    /// <param name="state">Its screening state (<see cref="RecordsProject.Screening"/>).</param>
    /// <param name="criteria">The eligibility criteria, whose descriptions name the exclusion reasons; may be empty.</param>
    public static PrismaFlowCounts Build(RecordsProject project, ScreeningState state, IReadOnlyCollection<EligibilityCriterion> criteria)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(criteria);
        var notes = ImmutableArray.CreateBuilder<string>();
        var (databases, registers) = Sources(project, notes);

        int screened = 0, excluded = 0, awaiting = 0, conflicts = 0;
        int sought = 0, notRetrieved = 0, assessed = 0, awaitingAssessment = 0, ftConflicts = 0, classification = 0;
        var reasons = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var noReason = 0;
        var reports = 0;
        var studies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in state.Records)
        {
            var ta = state.Status(record.Index, ScreeningStage.TitleAbstract);
            switch (ta.Outcome)
            {
                case ScreeningOutcome.Include or ScreeningOutcome.Maybe:
                    screened++;
                    sought++;
                    break;
                case ScreeningOutcome.Exclude:
                    screened++;
                    excluded++;
                    continue;
                case ScreeningOutcome.Conflict:
                    conflicts++;
                    continue;
                default:
                    awaiting++;
                    continue;
            }

            var ft = state.Status(record.Index, ScreeningStage.FullText);
            switch (ft.Outcome)
            {
                case ScreeningOutcome.NotRetrieved:
                    notRetrieved++;
                    break;
                case ScreeningOutcome.Include:
                    assessed++;
                    reports++;
                    studies.Add(ft.Study ?? record.Key);
                    break;
                case ScreeningOutcome.Exclude:
                    assessed++;
                    if (ft.Reason is { } reason)
                    {
                        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
                    }
                    else
                    {
                        noReason++;
                    }

                    break;
                case ScreeningOutcome.Maybe:
                    assessed++;
                    classification++;
                    break;
                case ScreeningOutcome.Conflict:
                    ftConflicts++;
                    break;
                default:
                    awaitingAssessment++;
                    break;
            }
        }

        var byReason = ImmutableArray.CreateBuilder<PrismaReason>();
        foreach (var criterion in criteria)
        {
            if (reasons.Remove(criterion.Id, out var n))
            {
                byReason.Add(new PrismaReason(criterion.Id, criterion.ExclusionReason, n));
            }
        }

        foreach (var (id, n) in reasons.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            byReason.Add(new PrismaReason(id, id, n));
            if (criteria.Count > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{n} full-text exclusion(s) give reason '{id}', which is not an eligibility criterion; it is printed as it is"));
            }
        }

        if (noReason > 0)
        {
            byReason.Add(new PrismaReason(null, "No reason given", noReason));
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{noReason} full-text exclusion(s) give no reason; PRISMA 2020 asks for the reasons"));
        }

        Note(notes, awaiting, "record(s) are not yet screened at title/abstract (or wait for a second reviewer)");
        Note(notes, conflicts, "record(s) have conflicting title/abstract decisions; resolve them with 'metareview screen DIR --resolve'");
        Note(notes, awaitingAssessment, "report(s) sought are not yet assessed at full text (or wait for a second reviewer)");
        Note(notes, ftConflicts, "report(s) have conflicting full-text decisions; resolve them with 'metareview screen DIR --resolve --stage full-text'");
        Note(notes, classification, "report(s) are 'maybe' at full text (awaiting classification): neither included nor excluded");
        Note(notes, state.OrphanEntries.Length, "journal entries name records that are not in the folder (an export copy removed?) and are not counted");
        foreach (var problem in project.Problems)
        {
            notes.Add(problem.ToString());
        }

        notes.AddRange(project.Warnings);
        return new PrismaFlowCounts
        {
            Databases = databases,
            Registers = registers,
            DuplicatesRemoved = project.Deduplication.DuplicatesRemoved,
            RecordsAfterDuplicatesRemoved = state.Records.Length,
            RecordsScreened = screened,
            RecordsExcluded = excluded,
            ReportsSought = sought,
            ReportsNotRetrieved = notRetrieved,
            ReportsAssessed = assessed,
            ReportsExcluded = byReason.ToImmutable(),
            ReportsOfIncludedStudies = reports,
            StudiesIncluded = studies.Count,
            RecordsAwaitingScreening = awaiting,
            RecordsInConflict = conflicts,
            ReportsAwaitingAssessment = awaitingAssessment,
            ReportsInConflict = ftConflicts,
            ReportsAwaitingClassification = classification,
            Errors = project.Errors,
            Notes = notes.ToImmutable(),
        };
    }

    /// <summary>Records per database and per register, named by each record's database (the import's <c>--database</c>, else the record's own).</summary>
    private static (ImmutableArray<PrismaSource> Databases, ImmutableArray<PrismaSource> Registers) Sources(RecordsProject project, ImmutableArray<string>.Builder notes)
    {
        var databases = new List<(string Name, int Count)>();
        var registers = new List<(string Name, int Count)>();
        for (var i = 0; i < project.Imports.Length; i++)
        {
            var entry = project.Imports[i];
            var target = entry.Source == SourceKind.Register ? registers : databases;
            var unnamed = 0;
            foreach (var group in project.ImportResults[i].Records.GroupBy(r => r.SourceDatabase ?? entry.Database, StringComparer.OrdinalIgnoreCase))
            {
                if (group.Key is null)
                {
                    unnamed += group.Count();
                    continue;
                }

                Add(target, group.Key, group.Count());
            }

            if (unnamed > 0)
            {
                Add(target, entry.File, unnamed);
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{entry.File}: {unnamed} record(s) do not say which database they come from and are counted under the file's name; import it again with --database NAME to name it"));
            }
        }

        return ([.. databases.Select(d => new PrismaSource(d.Name, d.Count))], [.. registers.Select(d => new PrismaSource(d.Name, d.Count))]);

        static void Add(List<(string Name, int Count)> list, string name, int count)
        {
            var at = list.FindIndex(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
            if (at < 0)
            {
                list.Add((name, count));
            }
            else
            {
                list[at] = (list[at].Name, list[at].Count + count);
            }
        }
    }

    private static void Note(ImmutableArray<string>.Builder notes, int count, string what)
    {
        if (count > 0)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"{count:N0} {what}"));
        }
    }
}
