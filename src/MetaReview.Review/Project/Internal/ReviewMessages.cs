using System.Globalization;
using MetaReview.Review.Project.Internal.Yaml;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Review.Project.Internal;

/// <summary>
/// Every text the review-file loader shows, in one place (as NodaTime's TextErrorMessages). Messages name the
/// key or id and quote the value as written; suggestions say what to write instead.
/// </summary>
internal static class ReviewMessages
{
    // ---- Placing and joining ----

    /// <summary>"study 'braga2018': missing 'citation'", or the message alone at the top level.</summary>
    public static string In(string? where, string message) => where is null ? message : $"{where}: {message}";

    public static string Join(string? where, string part) => where is null ? part : $"{where}, {part}";

    public static string DidYouMean(string candidate) => $"did you mean '{candidate}'?";

    private static string F(double x) => x.ToString(CultureInfo.InvariantCulture);

    private static string List(IEnumerable<string> items) => string.Join(", ", items);

    private static string Quoted(IEnumerable<string> items) => string.Join(", ", items.Select(i => $"'{i}'"));

    /// <summary>A node as it appears in messages: a scalar's text quoted, otherwise its kind.</summary>
    public static string Describe(Node node) => node is ScalarNode { Value: { } text } ? $"'{text}'" : node.Kind;

    // ---- Files and YAML ----

    public static string NoFolder(string directory) => $"no folder '{directory}'";

    public static string NoReviewFile(string directory) => $"no review.yaml in '{directory}'";

    public const string InitSuggestion = "run 'metareview init' to create one";

    public static string Unreadable(string reason) => $"cannot read the review file: {reason}";

    public const string EmptyFile = "the review file is empty";

    public static string YamlSyntax(string parserMessage) => $"not valid YAML: {parserMessage.TrimEnd('.')}";

    public const string SecondDocument = "the review file must hold one YAML document, but a second one starts here ('---')";

    public const string ComplexKey = "a key must be plain text, not a list or mapping";

    public static string DuplicateKey(string key, ReviewLocation first) => $"duplicate key '{key}' (first at line {first.Line})";

    public static string UnsupportedVersion(int version, int supported) =>
        $"version {version.ToString(CultureInfo.InvariantCulture)} is not supported: this MetaReview reads version {supported.ToString(CultureInfo.InvariantCulture)}";

    public static string FileNotFound(string key, string path, string directory) => $"{key} '{path}' does not exist (paths are relative to the project folder '{directory}')";

    // ---- Keys and types ----

    public static string UnknownKey(string key, string? where) => where is null ? $"unknown key '{key}' at the top level" : $"unknown key '{key}'";

    public static string MissingKey(string key) => $"missing '{key}'";

    public static string EmptyKey(string key) => $"'{key}' is empty";

    public static string MustBe(string key, string expected, Node node) => $"'{key}' must be {expected}, got {Describe(node)}";

    public static string ItemMustBe(string key, string expected, Node node) => $"each item of '{key}' must be {expected}, got {Describe(node)}";

    public static string MustBeMapping(string what, Node node) => $"expected {what}, got {Describe(node)}";

    public static string MustBeWhole(string key, double value) => $"'{key}' must be a whole number, got {F(value)}";

    public static string MustBeAtLeast(string key, int minimum, int value) =>
        $"'{key}' must be at least {minimum.ToString(CultureInfo.InvariantCulture)}, got {value.ToString(CultureInfo.InvariantCulture)}";

    public static string MustBePositive(string key, double value) => $"{key} must be > 0, got {F(value)}";

    public static string UseDecimalPoint(string corrected) => $"write numbers with a decimal point: {corrected}";

    public static string NotOneOf(string key, string value, IEnumerable<string> accepted) => $"'{key}' must be one of {List(accepted)}, got '{value}'";

    public static string InvalidLevel(string key, double value) => $"'{key}' must be a percentage between 0 and 100 (e.g. 95), got {F(value)}";

    // ---- Ids and references ----

    public static string InvalidId(string kind, string id) => $"{kind} id '{id}' may contain only letters, digits, '_', '-' and '.', and must start with a letter or digit";

    public static string IdSuggestion(string id)
    {
        var cleaned = new string([.. id.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')]).TrimStart('_', '-', '.').ToLowerInvariant();
        return cleaned.Length == 0 ? "e.g. 'braga2018'" : $"e.g. '{cleaned}' (a study's printed name goes in 'label')";
    }

    public static string DuplicateId(string kind, string id, ReviewLocation first) => $"duplicate {kind} id '{id}' (first at line {first.Line})";

    public static string UnknownReference(string kind, string id) => $"unknown {kind} '{id}'";

    public static string NoneDefined(string kind) => kind switch
    {
        "criterion" => "no eligibility criteria are defined: add them under 'eligibility'",
        "characteristic" => "no characteristics are declared: add them under 'characteristics'",
        "outcome" => "no outcomes are defined: add them under 'outcomes'",
        _ => "no studies are defined: add them under 'studies'",
    };

    public static string DuplicateValue(string value) => $"the value '{value}' is listed twice";

    // ---- Searches ----

    public static string InvalidDate(string date) => $"'date' must be a date as YYYY-MM-DD, YYYY-MM or YYYY, got '{date}'";

    public const string DateSuggestion = "e.g. 2023-07-31";

    public const string SearchWithoutRecords = "give 'records' (the number of records found) or 'record_file' (the exported records), or both";

    // ---- Front matter ----

    public static string InvalidOrcid(string orcid) => $"'orcid' must look like 0000-0002-1825-0097, got '{orcid}'";

    // ---- Characteristics and studies ----

    public const string ValuesForNumber = "'values' lists the categories of a category characteristic; a number characteristic has none";

    public static string CharacteristicNotANumber(string id, string value) => $"'{id}' is a number characteristic, got '{value}'";

    public static string DuplicateLabel(string label, ReviewLocation first) => $"the label '{label}' is already used by another study (line {first.Line}): forest plots and tables would not tell them apart";

    public const string LabelSuggestion = "give one of them a distinct label, e.g. 'Plowman 2019a'";

    public const string CriterionWithoutExclusion = "'criterion' is the reason for an exclusion, but the study is not excluded";

    public const string CriterionWithoutExclusionSuggestion = "remove 'criterion', or set status: excluded";

    public static string ExcludedNeedsCriterion(IEnumerable<string> criteria)
    {
        var ids = criteria.ToList();
        return ids.Count == 0
            ? "an excluded study names the eligibility criterion it fails: define the criteria under 'eligibility'"
            : $"an excluded study names the eligibility criterion it fails: one of {List(ids)}";
    }

    public static string MoreAnalysedThanRandomised(int analysed, int randomised) =>
        $"n_analysed ({analysed.ToString(CultureInfo.InvariantCulture)}) is more than n_randomised ({randomised.ToString(CultureInfo.InvariantCulture)})";

    // ---- Outcomes ----

    public const string TypeSuggestion = "one of continuous, binary, rates, correlation, proportion, generic";

    public static string MeasureSuggestion(DataType type) => type switch
    {
        DataType.Continuous => "for continuous data: MD, SMD or ROM",
        DataType.Binary => "for binary data: RR, OR, RD or PETO",
        DataType.Rates => "for rates: IRR",
        DataType.Correlation => "for correlations: COR or ZCOR",
        DataType.Proportion => "for proportions: PR, PLO, PAS or PFT",
        _ => "for generic estimates: the measure they are on (e.g. MD, RR), or GEN",
    };

    public static string MeasureDoesNotFitType(EffectMeasure measure, DataType type) =>
        $"the measure {measure} is for {measure.DataType().ToString().ToLowerInvariant()} data, but the outcome's type is {type.ToString().ToLowerInvariant()}";

    // ---- Data entries ----

    public static string DuplicateData(string study, string outcome, ReviewLocation first) =>
        $"study '{study}' already has an entry for outcome '{outcome}' (line {first.Line})";

    public const string MissingReasonSuggestion = "say why there are no data, e.g. \"reported only as a figure; data requested from the authors\"";

    public static string MissingWithData(string key) => $"an entry with 'missing' records that there are no data, but it has '{key}'";

    public static string ExcludedHasNoData(string study, string? criterion) =>
        $"study '{study}' is excluded{(criterion is null ? "" : $" (criterion '{criterion}')")}: an excluded study has no data in the review";

    public static string AwaitingDataHasNoData(string study) =>
        $"study '{study}' is awaiting data, so it has no data to analyse";

    public const string AwaitingDataSuggestion = "set its status to included when its data are published, or write missing: with the reason instead of numbers";

    public const string NoData = "no data";

    public static string DataForms(DataType type) => type switch
    {
        DataType.Continuous or DataType.Binary or DataType.Rates =>
            "give experimental: and control: arms, or an estimate with ci_lower and ci_upper (or p), or yi with se; or missing: with the reason",
        DataType.Correlation => "give r and n, or yi with se; or missing: with the reason",
        DataType.Proportion => "give events and n, or yi with se; or missing: with the reason",
        _ => "give yi with se or vi, or an estimate with ci_lower and ci_upper (or p); or missing: with the reason",
    };

    public static string TwoDataForms(string first, string second) =>
        $"'{second}' gives the study's estimate, but '{first}' gives its data in another form: give one of them";

    public static string UseArmBlock(string side, string field) => $"write arm values in the arm, e.g. {side}: {{{field}: ...}}";

    public static string NoSource(int count) =>
        count == 1 ? "a value has no source" : $"{count.ToString(CultureInfo.InvariantCulture)} values have no source";

    public const string SourceSuggestion = "add source: with the table or page it was taken from, e.g. source: \"Table 2, p. 5\"";

    // ---- Arms ----

    public static string RateArmsNotCombined(string side) => $"'{side}' must be one arm: arms with rate data cannot be combined";

    public static string CombineNeedsTwo(string side, int count) =>
        $"a list under '{side}' gives arms to combine and needs at least two, got {count.ToString(CultureInfo.InvariantCulture)}; write a single arm as a mapping";

    public const string MeanAndMedian = "give the mean or the median, not both (the median is converted to a mean)";

    public static string MedianGivesSd(string key) =>
        $"the median with quartiles or range gives the SD too, so '{key}' cannot also be given";

    public static string NeedsMedian(string key) => $"'{key}' is used with the median to estimate the mean and SD, but no 'median' is given";

    public const string MeanSuggestion = "give mean, or median with q1 and q3 and/or min and max";

    public const string SdSuggestion = "give sd, or se (of the mean), or ci_lower and ci_upper (of the mean), or sd_baseline, sd_final and correlation";

    public static string TwoSdForms(string first, string second) => $"the SD is given twice: by '{first}' and by '{second}'; give one";

    public static string OnlyWithInterval(string key) => $"'{key}' describes a confidence interval, but no ci_lower and ci_upper are given";

    public static string GiveTogether(string missing, string present, IEnumerable<string> keys) =>
        $"'{present}' needs '{missing}' too ({List(keys)} go together)";

    public static string UnknownArm(string arm, string study) => $"unknown arm '{arm}' of study '{study}'";

    public static string NoArmsRecorded(string study) => $"study '{study}' records no arms: add them under its 'arms'";

    public static string MoreThanRandomised(double n, string arm, int randomised) =>
        $"n ({F(n)}) is more than the {randomised.ToString(CultureInfo.InvariantCulture)} randomised to arm '{arm}'";

    public static string ConversionFailed(string message) => message;

    public static string ConversionNote(string method, string note) => $"{method}: {note}";

    // ---- Generic estimates ----

    public static string YiWithReported(string key) =>
        $"'yi' is the estimate on the analysis scale and goes with se or vi; '{key}' belongs to an estimate as reported";

    public const string ViAndSe = "give se or vi, not both";

    public const string YiNeedsVariance = "'yi' needs its standard error (se) or variance (vi)";

    public static string NeedsEstimate(string key) => $"'{key}' needs the estimate it belongs to";

    public const string EstimateSuggestion = "give estimate (as reported) with ci_lower and ci_upper or p, or yi (analysis scale) with se or vi";

    public static string EstimateWithVariance(string key) =>
        $"'{key}' goes with yi (the estimate on the analysis scale, logged for ratios); 'estimate' is the estimate as reported and goes with ci_lower and ci_upper, or p";

    public const string IntervalAndP = "give the confidence interval or the P value, not both";

    public const string EstimateNeedsInterval = "'estimate' needs ci_lower and ci_upper, or p, to give its standard error";

    public const string RatioSuggestion =
        "a ratio (RR, OR, HR) and its interval are > 0 as reported; if the numbers are log ratios give them as yi with se, and if they are differences the measure is not a ratio (scale: difference)";

    // ---- Analysis plans ----

    public static string PlanKeyPerOutcome(string key) => $"'{key}' is planned per outcome: move it to the outcome's 'analysis'";

    public static string DuplicateSubgroup(string id) => $"the subgroup variable '{id}' is listed twice";

    public static string StudiesWithoutCharacteristic(string id, IReadOnlyList<string> studies) =>
        $"{Quoted(studies)} {(studies.Count == 1 ? "has" : "have")} no '{id}' and will be left out of the subgroup analysis";

    public static string CharacteristicSuggestion(string id) => $"give each study characteristics: {{{id}: ...}}";

    public static string UnknownSensitivity(string value, IEnumerable<string> known) => $"unknown sensitivity analysis '{value}' (known: {List(known)})";

    public const string SensitivitySuggestion = "or write a mapping: {name: \"...\", exclude: [study ids]} and/or settings such as tau2: DL";

    public const string SensitivityChangesNothing = "the sensitivity analysis changes nothing: give 'exclude' (study ids) or settings to change";

    public static string ExcludedStudyHasNoData(string study) => $"study '{study}' has no data for this outcome, so leaving it out changes nothing";

    public static string Unassessed(IReadOnlyList<string> studies) =>
        $"'exclude-high-risk' keeps {Quoted(studies)}, which {(studies.Count == 1 ? "has" : "have")} no risk-of-bias assessment for this outcome";

    // ---- GRADE ----

    public static string WrongGradeDirection(string domain, bool up, string key) =>
        up ? $"{domain} can only raise certainty: use '{key}'" : $"{domain} can only lower certainty: use '{key}'";

    public static string GradeLevelsSuggestion(string key, int max) => $"{key}: 0 to {max.ToString(CultureInfo.InvariantCulture)} levels, with a reason";

    public static string GradeLevelsOutOfRange(string domain, string key, int max, int value) =>
        $"'{key}' for {domain} must be 0{(max == 2 ? ", 1 or 2" : " or 1")}, got {value.ToString(CultureInfo.InvariantCulture)}";

    public const string GradeReasonSuggestion = "GRADE asks for the reason of every judgement, e.g. reason: \"Fewer than 400 participants: optimal information size not met.\"";

    // ---- Risk of bias ----

    public const string ToolSuggestion = "tool: rob2, rob1, robins-i or custom";

    public const string DomainsOnlyForCustom = "'domains' defines the domains of tool: custom; the other tools have their own";

    public const string CustomDomainsSuggestion = "tool: custom needs its domains, e.g. domains: [{id: blinding, name: \"Blinding of outcome assessors\"}]";

    public const string CustomToolNotDefined = "tool: custom needs 'tool: custom' and its 'domains' in the risk_of_bias section";

    public static string DuplicateDomain(string id) => $"the domain '{id}' is defined twice";

    public static string DuplicateAssessment(string study, string? outcome, ReviewLocation first) =>
        outcome is null
            ? $"study '{study}' is already assessed (line {first.Line})"
            : $"study '{study}' is already assessed for outcome '{outcome}' (line {first.Line})";

    public static string DomainsSuggestion(RiskOfBiasScheme scheme) =>
        $"judge every domain of {scheme.Name}: {List(scheme.Domains.Select(d => d.Id))}";

    public static string MissingDomains(RiskOfBiasScheme scheme, IReadOnlyList<string> missing) =>
        $"{scheme.Name} judges every domain, but {List(missing)} {(missing.Count == 1 ? "is" : "are")} not judged";

    public static string JudgementSuggestion(RiskOfBiasScheme scheme) => $"{scheme.Name} judges {List(scheme.Judgements.Select(j => j.Text()))}";

    public static string JudgementNotInTool(RiskOfBiasScheme scheme, BiasJudgement judgement) =>
        $"{scheme.Name} judges {List(scheme.Judgements.Select(j => j.Text()))}, not '{judgement.Text()}'";

    public static string OverallTooMild(BiasJudgement overall, BiasDomainJudgement worst) =>
        $"the overall judgement '{overall.Text()}' is less severe than {worst.Domain} ('{worst.Judgement.Text()}'): the overall risk of bias is at least that of the worst domain";

    public static string OverallSuggestion(BiasJudgement derived) => $"overall: {derived.Text().Replace(' ', '-')} (or leave it out to use the tool's algorithm)";
}
