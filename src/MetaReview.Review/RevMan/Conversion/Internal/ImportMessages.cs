using System.Globalization;
using MetaReview.Review.Project;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>Every text the RevMan import writes into notes, review.yaml and the notes file, in one place.</summary>
internal static class ImportMessages
{
    public const string ReviewPlace = "review";

    public const string StudyNotListed = "has data but is not in the RevMan study list; imported as an included study";

    public const string NoReasonCriterionText = "Excluded in the RevMan review (no reason recorded)";

    public const string NoReasonCriterionReason = "excluded in RevMan, no reason recorded";

    public const string NoTotals = "RevMan shows subgroup totals only, no overall result; the project's analysis also pools all studies overall";

    public const string SwappedEvents = "RevMan analyses non-events ('swap event and non-event'): the events written are RevMan's non-events (total − events)";

    public const string SwappedEntry = "events are non-events (total − events): RevMan's 'swap event and non-event'";

    public const string ReferencesNotImported = "the studies' references (bibliographic details) are not read from RevMan files: each study's citation is its RevMan name and year";

    public const string NoTitle = "RevMan review";

    public static string StudyPlace(string name) => $"study {name}";

    public static string OutcomePlace(RevManOutcome o) => $"outcome {o.Label}";

    public static string RowPlace(RevManOutcome o, string study) => $"outcome {o.ComparisonNumber}.{o.Number}, study {study}";

    public static string RiskOfBiasPlace(string? study) => study is null ? "risk of bias" : $"risk of bias, study {study}";

    public static string AwaitingStatus(RevManStudyStatus status) =>
        $"RevMan lists it as {(status == RevManStudyStatus.Ongoing ? "an ongoing study" : "awaiting classification")}; imported as awaiting-data (listed, not analysed)";

    public static string StudyStatusNote(RevManStudyStatus status) =>
        status == RevManStudyStatus.Ongoing ? "RevMan: ongoing study" : "RevMan: study awaiting classification";

    public static string LabelChanged(string original, string label) =>
        $"the name '{original}' is used by another study; labelled '{label}'";

    public static string CharacteristicsOfUnknownStudy(string text) =>
        $"characteristics of a study that is not in the study list: {text}";

    public static string DataSource(string code) => $"Data source (RevMan): {code}";

    public static string ReasonCriterionText(string reason) => $"Excluded in the RevMan review: {reason}";

    public static string CriteriaFromReasons(int count) =>
        $"RevMan records reasons for exclusion, not eligibility criteria: each distinct reason became a criterion ({count} in all) that the excluded studies name";

    public static string DesignNotRecorded(StudyDesign design) =>
        $"RevMan does not record study designs: every study has design '{DesignText(design)}'" +
        (design == StudyDesign.Rct ? " (as asked)" : "; if all are randomised trials, import with --design rct");

    public static string DesignText(StudyDesign design) => design switch
    {
        StudyDesign.Rct => "rct",
        StudyDesign.ClusterRct => "cluster-rct",
        StudyDesign.CrossoverRct => "crossover-rct",
        StudyDesign.NonRandomised => "non-randomised",
        StudyDesign.Cohort => "cohort",
        StudyDesign.CaseControl => "case-control",
        _ => "other",
    };

    public static string OutcomeNotAnalysable(string why, IEnumerable<string> rows) =>
        $"MetaReview cannot analyse it ({why}); its data: {Rows(rows)}";

    public static string GenericMeasure(string measure, bool logScale) =>
        $"MetaReview has no measure '{measure}': analysed as GEN{(logScale ? " on the log scale (the estimates are natural logs; RevMan shows them exponentiated)" : "")}";

    public static string ComparisonName(RevManComparison c) => $"comparison {c.Number} '{c.Name}'";

    public static string ArmLabels(string? e, string? c) => $"arm labels '{e}' (experimental) and '{c}' (control)";

    public static string GraphLabels(string? left, string? right) => $"forest plot labels '{left}' (left) and '{right}' (right)";

    public static string StudyLevel(double study, double total) =>
        string.Create(CultureInfo.InvariantCulture, $"study confidence level {study * 100:0.##}% (the project uses the pooled level, {total * 100:0.##}%, for both)");

    public static string SubgroupNameRepeated(string value) => $"two subgroups are named '{value}'; their studies share one value";

    public static string SubgroupCharacteristicName(RevManOutcome o) => $"Subgroups of {o.Label}";

    public static string SubgroupsAsCharacteristic(string id) =>
        $"RevMan's subgroups became the study characteristic '{id}', the outcome's subgroup variable";

    public static string UnnamedSubgroup(int number) => string.Create(CultureInfo.InvariantCulture, $"Subgroup {number}");

    public static string DataOfStudyNotIncluded(StudyStatus status, string row) =>
        $"RevMan has data for this {(status == StudyStatus.Excluded ? "excluded" : "awaiting")} study, which the review file allows only for included studies: {row}";

    public static string StudyTwice(string? subgroup, string row) =>
        $"the study has a second row in this outcome{(subgroup is null ? "" : $" (subgroup '{subgroup}')")}; the review file allows one entry per study and outcome, so this row is not imported: {row}";

    public static string SubgroupOnly(string applicability) =>
        $"the data package counts this row in its subgroup only ('{applicability}'); the project's overall analysis includes it";

    public static string Footnotes(string text) => $"RevMan footnotes: {text.Trim()}";

    public static string NotEstimable(string reason, string row) => $"RevMan row not estimable ({reason}): {row}";

    public static string RecordedAsMissing(string reason) => $"a row RevMan cannot estimate ({reason}) is recorded as missing data, with its values";

    public static string OMinusE(double oMinusE, double v) =>
        $"RevMan O−E and variance: O−E = {N(oMinusE)}, V = {N(v)}; yi = (O−E)/V, vi = 1/V (Peto's one-step log odds or hazard ratio)";

    public static string DirectionFromLabels(string direction, string? left, string? right) =>
        $"direction {direction}, from RevMan's forest plot labels ('{left}' on the left, '{right}' on the right)";

    public static string DirectionDefault(string? left, string? right) =>
        string.IsNullOrWhiteSpace(left) && string.IsNullOrWhiteSpace(right)
            ? "direction lower-is-better: the file has no forest plot labels to tell, and RevMan's default puts 'Favours experimental' on the left"
            : $"direction lower-is-better: RevMan's forest plot labels ('{left}', '{right}') do not say which side favours the experimental arm, and RevMan's default puts it on the left";

    public static string IncompleteAssessment(IEnumerable<string> missing, IEnumerable<string> judgements) =>
        $"not judged in {string.Join(", ", missing.Select(m => $"'{m}'"))}, and the review file needs every domain; its judgements: {string.Join("; ", judgements)}";

    public static string Judgement(string domain, string word, string support) =>
        string.IsNullOrWhiteSpace(support) ? $"'{domain}': {word}" : $"'{domain}': {word} ({support.Trim()})";

    public static string RiskOfBiasTool(string tool, int domains) =>
        tool == "rob1"
            ? "RevMan's seven risk-of-bias domains are RoB 1's (tool rob1); RevMan stores no overall judgement, so the review file derives it (the most severe domain)"
            : $"RevMan's {domains} risk-of-bias domain{(domains == 1 ? " is" : "s are")} not RoB 1's seven: tool custom with RevMan's domains; RevMan stores no overall judgement, so the review file derives it (the most severe domain)";

    public static string JudgementNotExpressible(string domain, string word, IEnumerable<string> studies) =>
        $"the judgement '{word}' in '{domain}' is not low, unclear or high, which is all the review file holds for RoB 1: {string.Join(", ", studies)}";

    public static string StudyWithSupport(string study, string support) =>
        string.IsNullOrWhiteSpace(support) ? study : $"{study} ({support.Trim()})";

    public static string JudgementOfStudyNotIncluded(string judgement) => $"judgement of a study that is not included: {judgement}";

    public static string DomainWithoutJudgements(string name, string description) =>
        $"the domain '{name}'{(string.IsNullOrWhiteSpace(description) ? "" : $" ({description.Trim()})")} has no low, unclear or high judgement of an included study";

    public static string EntrySource(string file, string outcomeId) => $"RevMan review {file}, analysis {outcomeId}";

    public static string Header(string file, string format) =>
        $"Imported from {file} ({format}) by 'metareview import revman'.\n" +
        $"RevMan's own results are kept in {RevManResultsFile.FileName}; what this file cannot express is listed in {RevManConversion.NotesFileName}.\n" +
        "Check the project with 'metareview validate <folder>', and against RevMan's results with 'metareview check revman <folder>'.";

    public static string FormatText(RevManFormat format) => format switch
    {
        RevManFormat.Rm5 => "RevMan 5 review",
        RevManFormat.AnalysisCsv => "RevMan 5 CSV export",
        _ => "Cochrane data package",
    };

    /// <summary>A data row's values as RevMan holds them, e.g. "49/615 vs 67/624".</summary>
    public static string Row(RevManOutcome o, RevManDataRow r)
    {
        var values = o.DataType switch
        {
            RevManDataType.Dichotomous => $"{N(r.EventsE)}/{N(r.NE)} vs {N(r.EventsC)}/{N(r.NC)}",
            RevManDataType.Continuous => $"mean {N(r.MeanE)}, SD {N(r.SdE)}, n {N(r.NE)} vs mean {N(r.MeanC)}, SD {N(r.SdC)}, n {N(r.NC)}",
            RevManDataType.OMinusEAndVariance => $"O−E {N(r.OMinusE)}, V {N(r.Variance)}",
            _ => $"estimate {N(r.Estimate)}, SE {N(r.StandardError)}",
        };
        return $"{r.StudyName}: {values}";
    }

    private static string Rows(IEnumerable<string> rows)
    {
        var list = rows.ToList();
        return list.Count == 0 ? "none" : string.Join("; ", list);
    }

    private static string N(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "–";
}
