using System.Collections.Immutable;

namespace MetaReview.Review.RevMan.Internal;

/// <summary>
/// Reads a Cochrane data package from RevMan Web (data package specification, version 1): the analysis data
/// (<c>*-overall-estimates-and-settings.csv</c>, <c>*-data-rows.csv</c>, <c>*-subgroup-estimates.csv</c>) and the
/// study data (<c>*-study-information.csv</c>, <c>*-risk-of-bias.csv</c>), found by name anywhere in the ZIP or in a
/// ZIP inside it (RevMan Web's download puts them in "*-files/*-data.zip"). Results are rounded to 6 decimals.
/// </summary>
internal sealed class DataPackageParser
{
    private const int Decimals = 6;
    private static readonly string[] Wanted =
    [
        "overall-estimates-and-settings.csv", "data-rows.csv", "subgroup-estimates.csv", "study-information.csv", "risk-of-bias.csv", "parameters.csv",
    ];

    private readonly List<RevManProblem> _problems;
    private readonly Dictionary<string, RevManStudy> _studies = new(StringComparer.Ordinal);

    private DataPackageParser(List<RevManProblem> problems) => _problems = problems;

    public static RevManReadResult Parse(byte[] bytes, string file, RevManReaderOptions options)
    {
        var problems = new List<RevManProblem>();
        var items = SafeZip.Read(bytes, file, options, name => Kind(name) is not null, problems);
        if (items.Any(i => Kind(i.Name) == "parameters.csv"))
        {
            problems.Add(new RevManProblem(new RevManLocation(file), RevManMessages.DiagnosticTestAccuracy));
            return new RevManReadResult(null, [.. problems]);
        }

        var settings = Single(items, "overall-estimates-and-settings.csv", file, problems);
        var rows = Single(items, "data-rows.csv", file, problems);
        if (settings is null || rows is null)
        {
            problems.Add(new RevManProblem(new RevManLocation(file), RevManMessages.NotADataPackage(settings is null ? "overall-estimates-and-settings.csv" : "data-rows.csv")));
            return new RevManReadResult(null, [.. problems]);
        }

        var parser = new DataPackageParser(problems);
        var review = parser.Review(file, settings, rows, Single(items, "subgroup-estimates.csv", file, problems),
            Single(items, "study-information.csv", file, problems), Single(items, "risk-of-bias.csv", file, problems));
        return new RevManReadResult(review, [.. problems]);
    }

    private static string? Kind(string name) =>
        Wanted.FirstOrDefault(w => name.Equals(w, StringComparison.OrdinalIgnoreCase) || name.EndsWith("-" + w, StringComparison.OrdinalIgnoreCase));

    private static CsvFields? Single(List<ZipItem> items, string kind, string file, List<RevManProblem> problems)
    {
        var found = items.Where(i => Kind(i.Name) == kind).ToList();
        if (found.Count == 0)
        {
            return null;
        }

        if (found.Count > 1)
        {
            problems.Add(new RevManProblem(new RevManLocation(file), RevManMessages.SeveralPackageFiles(kind, found[0].Path), IsError: false));
        }

        var text = TextDecoding.DecodeCsv(found[0].Bytes, out var encoding, out var guessed);
        if (guessed)
        {
            problems.Add(new RevManProblem(new RevManLocation(found[0].Path), RevManMessages.CsvEncodingGuessed(encoding), IsError: false));
        }

        return new CsvFields(CsvTable.Parse(text, found[0].Path, problems), problems);
    }

    private RevManReview Review(string file, CsvFields settings, CsvFields rows, CsvFields? subgroups, CsvFields? information, CsvFields? bias)
    {
        var characteristics = information is null ? [] : StudyInformation(information);
        var outcomes = Outcomes(settings, rows, subgroups);
        var comparisons = outcomes
            .GroupBy(o => o.Outcome.ComparisonNumber)
            .OrderBy(g => g.Key)
            .Select(g => new RevManComparison(g.Key, null, g.First().GroupName, [.. g.OrderBy(o => o.Outcome.Number).Select(o => o.Outcome)]));
        return new RevManReview
        {
            Format = RevManFormat.DataPackage,
            Source = file,
            Title = Path.GetFileNameWithoutExtension(file),
            StoredDecimals = Decimals,
            Studies = [.. _studies.Values],
            Comparisons = [.. comparisons],
            RiskOfBias = bias is null ? [] : RiskOfBias(bias),
            Characteristics = characteristics,
        };
    }

    private List<(RevManOutcome Outcome, string GroupName)> Outcomes(CsvFields s, CsvFields d, CsvFields? sg)
    {
        var t = s.Table;
        var c = new SettingsColumns(t);
        var missing = new[] { ("Analysis group", c.Group), ("Analysis number", c.Number), ("Data type", c.Type), ("Effect measure", c.Measure) }
            .Where(x => x.Item2 < 0).Select(x => x.Item1).ToList();
        if (missing.Count > 0)
        {
            _problems.Add(new RevManProblem(new RevManLocation(t.File, 1), RevManMessages.CsvMissingColumns(missing)));
            return [];
        }

        var dataRows = DataRows(d);
        var subgroupResults = sg is null ? [] : SubgroupResults(sg);
        var result = new List<(RevManOutcome, string)>();
        foreach (var r in t.Records)
        {
            var group = s.Int(r, c.Group);
            var number = s.Int(r, c.Number);
            if (group is null || number is null)
            {
                continue;
            }

            var words = OutcomeWords.Read(s, r, c.Type, c.Method, c.Measure, c.Model);
            var dataType = words.Type;
            var logScale = RevManVocabulary.YesNo(s.Text(r, c.Log)) ?? words.DefaultLogScale;
            var rowsHere = dataRows.Where(x => x.Group == group && x.Number == number).ToList();
            var rowsOutside = rowsHere.Where(x => x.Subgroup.Length == 0).Select(x => Row(x.Row, x.Fields, dataType, logScale)).ToImmutableArray();
            var subgroupNames = rowsHere.Where(x => x.Subgroup.Length > 0).Select(x => x.Subgroup).Distinct(StringComparer.Ordinal).ToList();
            var subgroups = subgroupNames.Select((name, i) =>
            {
                var stored = subgroupResults.FirstOrDefault(x => x.Group == group && x.Number == number && x.Name == name);
                return new RevManSubgroup(stored.SubgroupNumber ?? i + 1, null, name,
                    [.. rowsHere.Where(x => x.Subgroup == name).Select(x => Row(x.Row, x.Fields, dataType, logScale))], stored.Results);
            }).OrderBy(x => x.Number).ToImmutableArray();
            var subChi2 = s.Num(r, c.SubChi2);
            var outcome = words.Outcome(group.Value, number.Value, s.Text(r, c.Name), logScale, s.Text(r, c.Swap), s.Text(r, c.StudyCi), s.Text(r, c.TotalCi)) with
            {
                Id = s.TextOrNull(r, c.Id),
                Totals = RevManVocabulary.YesNo(s.Text(r, c.Overall)),
                LabelE = s.TextOrNull(r, c.LabelE),
                LabelC = s.TextOrNull(r, c.LabelC),
                Units = s.TextOrNull(r, c.Units),
                Rows = rowsOutside,
                Subgroups = subgroups,
                Results = Results(s, r),
                SubgroupDifferences = subgroups.Length > 0 && subChi2 is not null
                    ? new RevManHeterogeneity(subChi2, s.Int(r, c.SubDf), s.Num(r, c.SubP), s.Num(r, c.SubI2))
                    : null,
                Location = t.At(r, -1),
            };
            result.Add((outcome, s.Text(r, c.GroupName)));
        }

        return result;
    }

    // Pooled results from the columns the overall-estimates and subgroup-estimates files share.
    private static RevManResults? Results(CsvFields f, CsvRecord r)
    {
        var t = f.Table;
        var estimate = f.Num(r, t.Column("Mean"));
        var lower = f.Num(r, t.Column("CI start"));
        var upper = f.Num(r, t.Column("CI end"));
        if (StoredResults.NotComputed(estimate, lower, upper))
        {
            f.Warn(r, t.Column("Mean"), RevManMessages.ZeroResults);
            return null;
        }

        var results = new RevManResults
        {
            Estimate = estimate,
            CiLower = lower,
            CiUpper = upper,
            Z = f.Num(r, t.Column("Effect Z")),
            PValue = f.Num(r, t.Column("Effect P")),
            Heterogeneity = new RevManHeterogeneity(f.Num(r, t.Column("Heterogeneity Chi²", "Heterogeneity Chi2")), f.Int(r, t.Column("Heterogeneity df")),
                f.Num(r, t.Column("Heterogeneity P")), f.Num(r, t.Column("Heterogeneity I²", "Heterogeneity I2"))),
            Tau2 = f.Num(r, t.Column("Heterogeneity Tau²", "Heterogeneity Tau2")),
            Weight = f.Num(r, t.Column("Weight")),
            EventsE = f.Num(r, t.Column("Experimental cases")),
            NE = f.Num(r, t.Column("Experimental N")),
            EventsC = f.Num(r, t.Column("Control cases")),
            NC = f.Num(r, t.Column("Control N")),
        };
        return results.HasValues ? results : null;
    }

    private List<(int? Group, int? Number, string Subgroup, CsvRecord Row, CsvFields Fields)> DataRows(CsvFields d)
    {
        var t = d.Table;
        int group = t.Column("Analysis group"), number = t.Column("Analysis number"), subgroup = t.Column("Subgroup"), study = t.Column("Study");
        if (group < 0 || number < 0 || study < 0)
        {
            _problems.Add(new RevManProblem(new RevManLocation(t.File, 1), RevManMessages.CsvMissingColumns(
                new[] { ("Analysis group", group), ("Analysis number", number), ("Study", study) }.Where(x => x.Item2 < 0).Select(x => x.Item1).ToList())));
            return [];
        }

        return [.. t.Records.Select(r => (d.Int(r, group), d.Int(r, number), d.Text(r, subgroup), r, d))];
    }

    private RevManDataRow Row(CsvRecord r, CsvFields f, RevManDataType type, bool logScale)
    {
        var t = f.Table;
        var name = f.Text(r, t.Column("Study"));
        var year = f.TextOrNull(r, t.Column("Study year"));
        _studies.TryAdd(name, new RevManStudy(name, name, year, RevManStudyStatus.Included));
        var dich = type == RevManDataType.Dichotomous;
        var cont = type == RevManDataType.Continuous;
        var oe = type == RevManDataType.OMinusEAndVariance;
        var giv = type == RevManDataType.GenericInverseVariance;
        var shown = f.Num(r, t.Column("Mean"));
        var lower = f.Num(r, t.Column("CI start"));
        var upper = f.Num(r, t.Column("CI end"));
        var weight = f.Num(r, t.Column("Weight"));
        var stored = StoredResults.NotComputed(shown, lower, upper) ? null : new RevManStudyResult(shown, lower, upper, null, weight);
        return new RevManDataRow
        {
            StudyId = name,
            StudyName = name,
            Year = year,
            Order = r.Line,
            EventsE = dich ? f.Num(r, t.Column("Experimental cases")) : null,
            NE = dich || cont ? f.Num(r, t.Column("Experimental N")) : null,
            EventsC = dich ? f.Num(r, t.Column("Control cases")) : null,
            NC = dich || cont ? f.Num(r, t.Column("Control N")) : null,
            MeanE = cont ? f.Num(r, t.Column("Experimental mean")) : null,
            SdE = cont ? f.Num(r, t.Column("Experimental SD")) : null,
            MeanC = cont ? f.Num(r, t.Column("Control mean")) : null,
            SdC = cont ? f.Num(r, t.Column("Control SD")) : null,
            OMinusE = oe ? f.Num(r, t.Column("O-E", "O−E")) : null,
            Variance = oe ? f.Num(r, t.Column("Variance")) : null,
            // "GIV Mean" and "GIV SE" are on the analysis scale (log for ratios), as entered.
            Estimate = giv ? f.Num(r, t.Column("GIV Mean")) : null,
            StandardError = giv ? f.Num(r, t.Column("GIV SE")) : null,
            Stored = stored,
            Applicability = f.TextOrNull(r, t.Column("Applicability")),
            Footnotes = f.TextOrNull(r, t.Column("Footnotes")),
            Location = t.At(r, -1),
        };
    }

    private static List<(int? Group, int? Number, string Name, int? SubgroupNumber, RevManResults? Results)> SubgroupResults(CsvFields f)
    {
        var t = f.Table;
        int group = t.Column("Analysis group"), number = t.Column("Analysis number"), name = t.Column("Subgroup"), sub = t.Column("Subgroup number");
        return [.. t.Records.Select(r => (f.Int(r, group), f.Int(r, number), f.Text(r, name), f.Int(r, sub),
            Results(f, r)))];
    }

    private ImmutableArray<RevManStudyCharacteristics> StudyInformation(CsvFields f)
    {
        var t = f.Table;
        int study = t.Column("Study"), year = t.Column("Year"), source = t.Column("Data source");
        var fields = Enumerable.Range(0, t.Header.Length)
            .Where(i => t.HeaderOf(i).StartsWith("Char:", StringComparison.OrdinalIgnoreCase))
            .Select(i => (Index: i, Heading: t.HeaderOf(i)["Char:".Length..].Trim()))
            .ToList();
        var rows = ImmutableArray.CreateBuilder<RevManStudyCharacteristics>();
        foreach (var r in t.Records)
        {
            var name = f.Text(r, study);
            if (name.Length == 0)
            {
                continue;
            }

            _studies[name] = new RevManStudy(name, name, f.TextOrNull(r, year), RevManStudyStatus.Included, f.TextOrNull(r, source));
            rows.Add(new RevManStudyCharacteristics(name, name, RevManStudyStatus.Included,
                [.. fields.Select(x => new KeyValuePair<string, string>(x.Heading, f.Text(r, x.Index)))]));
        }

        return rows.ToImmutable();
    }

    // Risk of bias 1: one row per study, a "Domain (judgement): X" and a "Domain (support): X" column per domain.
    private static ImmutableArray<RevManRiskOfBiasDomain> RiskOfBias(CsvFields f)
    {
        const string judgement = "Domain (judgement):";
        const string support = "Domain (support):";
        var t = f.Table;
        var study = t.Column("Study");
        var domains = ImmutableArray.CreateBuilder<RevManRiskOfBiasDomain>();
        for (var i = 0; i < t.Header.Length; i++)
        {
            var header = t.HeaderOf(i);
            if (!header.StartsWith(judgement, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = header[judgement.Length..].Trim();
            var supportColumn = t.Column(support + " " + name);
            var entries = t.Records
                .Where(r => f.Text(r, i).Length > 0)
                .Select(r => new RevManRiskOfBiasEntry(f.Text(r, study), f.Text(r, study), RevManVocabulary.Judgement(f.Text(r, i)), f.Text(r, i), f.Text(r, supportColumn)));
            domains.Add(new RevManRiskOfBiasDomain(name, name, "", PerOutcomeGroup: false, [.. entries]));
        }

        return domains.ToImmutable();
    }

    /// <summary>The columns of *-overall-estimates-and-settings.csv (data package specification, version 1).</summary>
    private sealed class SettingsColumns(CsvTable t)
    {
        public int Group { get; } = t.Column("Analysis group");
        public int Number { get; } = t.Column("Analysis number");
        public int Name { get; } = t.Column("Analysis name");
        public int GroupName { get; } = t.Column("Analysis group name");
        public int Type { get; } = t.Column("Data type");
        public int Log { get; } = t.Column("Log-scale data");
        public int LabelE { get; } = t.Column("Experimental group label");
        public int LabelC { get; } = t.Column("Control group label");
        public int Method { get; } = t.Column("Statistical method");
        public int Measure { get; } = t.Column("Effect measure");
        public int Units { get; } = t.Column("Unit of effect measure");
        public int Model { get; } = t.Column("Analysis model");
        public int Overall { get; } = t.Column("Overall estimates");
        public int Swap { get; } = t.Column("Swap event and non-event");
        public int StudyCi { get; } = t.Column("Study CI");
        public int TotalCi { get; } = t.Column("Estimate CI");
        public int Id { get; } = t.Column("Analysis ID", "ID");
        public int SubChi2 { get; } = t.Column("Subgroup Chi²", "Subgroup Chi2");
        public int SubDf { get; } = t.Column("Subgroup df");
        public int SubP { get; } = t.Column("Subgroup P");
        public int SubI2 { get; } = t.Column("Subgroup I²", "Subgroup I2");
    }
}
