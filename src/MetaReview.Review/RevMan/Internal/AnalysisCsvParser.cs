using System.Collections.Immutable;

namespace MetaReview.Review.RevMan.Internal;

/// <summary>
/// Reads RevMan 5's "Data and analyses" CSV export. Rows follow the review's tree: a comparison row (outcome number
/// 0), an outcome row (data type filled in), subgroup rows (data type filled in, a new subgroup number) and study rows
/// (data type empty). Columns are found by their headers, so any selection of fields in RevMan's export wizard
/// works as long as the structural ones are there. Results are rounded to 8 decimal places.
/// </summary>
internal sealed class AnalysisCsvParser
{
    private const int Decimals = 8;
    private readonly CsvFields _f;
    private readonly Columns _c;
    private readonly Dictionary<string, RevManStudy> _studies = new(StringComparer.Ordinal);

    private AnalysisCsvParser(CsvFields fields, Columns columns)
    {
        _f = fields;
        _c = columns;
    }

    public static RevManReadResult Parse(byte[] bytes, string file)
    {
        var problems = new List<RevManProblem>();
        var text = TextDecoding.DecodeCsv(bytes, out var encoding, out var guessed);
        if (guessed)
        {
            problems.Add(new RevManProblem(new RevManLocation(file), RevManMessages.CsvEncodingGuessed(encoding), IsError: false));
        }

        var table = CsvTable.Parse(text, file, problems);
        var columns = new Columns(table);
        var missing = columns.MissingStructural();
        if (missing.Count > 0)
        {
            problems.Add(new RevManProblem(new RevManLocation(file, 1), RevManMessages.CsvMissingColumns(missing)));
            return new RevManReadResult(null, [.. problems]);
        }

        var parser = new AnalysisCsvParser(new CsvFields(table, problems), columns);
        var review = parser.Review(file);
        return new RevManReadResult(review, [.. problems]);
    }

    private RevManReview Review(string file)
    {
        var comparisons = new List<(int Number, string Name, List<OutcomeBuilder> Outcomes)>();
        OutcomeBuilder? outcome = null;
        foreach (var r in _f.Table.Records)
        {
            var c = _f.Int(r, _c.Comparison);
            var o = _f.Int(r, _c.Outcome);
            var g = _f.Int(r, _c.Subgroup) ?? 0;
            if (c is null || o is null)
            {
                continue;
            }

            var type = _f.Text(r, _c.DataType);
            var comparison = comparisons.FindIndex(x => x.Number == c);
            if (comparison < 0)
            {
                comparisons.Add((c.Value, "", []));
                comparison = comparisons.Count - 1;
            }

            if (o == 0)
            {
                comparisons[comparison] = comparisons[comparison] with { Name = _f.Text(r, _c.Name) };
                outcome = null;
                continue;
            }

            if (type.Length > 0 && (outcome is null || outcome.Comparison != c || outcome.Number != o))
            {
                outcome = NewOutcome(r, c.Value, o.Value);
                comparisons[comparison].Outcomes.Add(outcome);
                continue;
            }

            if (outcome is null || outcome.Comparison != c || outcome.Number != o)
            {
                _f.Error(r, _c.DataType, RevManMessages.CsvStudyWithoutOutcome(c.Value, o.Value));
                continue;
            }

            if (type.Length > 0)
            {
                if (g == 0 || outcome.Subgroups.Any(s => s.Number == g))
                {
                    _f.Error(r, _c.Subgroup, RevManMessages.CsvUnexpectedRow(g));
                    continue;
                }

                outcome.Subgroups.Add(new SubgroupBuilder(g, _f.Text(r, _c.Name), Results(r, outcome.LogScale)));
                continue;
            }

            var row = Row(r, outcome);
            if (g == 0)
            {
                outcome.Rows.Add(row);
            }
            else if (outcome.Subgroups.FirstOrDefault(s => s.Number == g) is { } subgroup)
            {
                subgroup.Rows.Add(row);
            }
            else
            {
                // A study row of a subgroup whose own row was not exported.
                var s = new SubgroupBuilder(g, $"Subgroup {g}", null);
                s.Rows.Add(row);
                outcome.Subgroups.Add(s);
            }
        }

        return new RevManReview
        {
            Format = RevManFormat.AnalysisCsv,
            Source = file,
            Title = Path.GetFileNameWithoutExtension(file),
            StoredDecimals = Decimals,
            Studies = [.. _studies.Values],
            Comparisons = [.. comparisons.Select(x => new RevManComparison(x.Number, null, x.Name, [.. x.Outcomes.Select(b => b.Build())]))],
        };
    }

    private OutcomeBuilder NewOutcome(CsvRecord r, int comparison, int number)
    {
        var words = OutcomeWords.Read(_f, r, _c.DataType, _c.Method, _c.Measure, _c.Model);
        var logScale = words.Type == RevManDataType.GenericInverseVariance
            ? RevManVocabulary.YesNo(_f.Text(r, _c.LogData)) ?? LogAssumed(r, words.MeasureText, words.Measure)
            : words.DefaultLogScale;
        var totals = _f.TextOrNull(r, _c.Totals);
        var results = Results(r, logScale);
        var qint = _f.Num(r, _c.Qint);
        var outcome = new OutcomeBuilder(comparison, number)
        {
            Outcome = words.Outcome(comparison, number, _f.Text(r, _c.Name), logScale, _f.Text(r, _c.Swap), _f.Text(r, _c.StudyCi), _f.Text(r, _c.TotalCi)) with
            {
                Totals = totals is null ? null : RevManVocabulary.YesNo(totals),
                LabelE = _f.TextOrNull(r, _c.LabelE),
                LabelC = _f.TextOrNull(r, _c.LabelC),
                GraphLabelLeft = _f.TextOrNull(r, _c.GraphLeft),
                GraphLabelRight = _f.TextOrNull(r, _c.GraphRight),
                Results = results,
                Location = _f.Table.At(r, -1),
            },
            SubgroupQ = qint,
            SubgroupP = _f.Num(r, _c.PQint),
            SubgroupI2 = _f.Num(r, _c.I2Qint),
        };
        return outcome;
    }

    private bool LogAssumed(CsvRecord r, string measureText, RevManEffectMeasure measure)
    {
        var ratio = RevManVocabulary.IsRatio(measure);
        _f.Warn(r, _c.LogData, RevManMessages.LogDataAssumed(measureText, ratio));
        return ratio;
    }

    private RevManResults? Results(CsvRecord r, bool logScale)
    {
        var estimate = _f.Num(r, _c.Estimate);
        var lower = _f.Num(r, _c.CiStart);
        var upper = _f.Num(r, _c.CiEnd);
        if (StoredResults.NotComputed(estimate, lower, upper))
        {
            _f.Warn(r, _c.Estimate, RevManMessages.ZeroResults);
            return null;
        }

        var results = new RevManResults
        {
            Estimate = estimate,
            CiLower = lower,
            CiUpper = upper,
            Z = _f.Num(r, _c.Z),
            PValue = _f.Num(r, _c.PZ),
            Heterogeneity = new RevManHeterogeneity(_f.Num(r, _c.Q), _f.Int(r, _c.Df), _f.Num(r, _c.PQ), _f.Num(r, _c.I2)),
            Tau2 = _f.Num(r, _c.Tau2),
            Weight = _f.Num(r, _c.Weight),
            EventsE = _f.Num(r, _c.EventsE),
            NE = _f.Num(r, _c.TotalE),
            EventsC = _f.Num(r, _c.EventsC),
            NC = _f.Num(r, _c.TotalC),
        };
        return results.HasValues ? results : null;
    }

    private RevManDataRow Row(CsvRecord r, OutcomeBuilder outcome)
    {
        var name = _f.Text(r, _c.Name);
        var year = _f.TextOrNull(r, _c.Year);
        _studies.TryAdd(name, new RevManStudy(name, name, year, RevManStudyStatus.Included));
        var type = outcome.Outcome.DataType;
        var dich = type == RevManDataType.Dichotomous;
        var cont = type == RevManDataType.Continuous;
        var giv = type == RevManDataType.GenericInverseVariance;
        var log = outcome.Outcome.LogScale;
        var shown = _f.Num(r, _c.Estimate);
        var lower = _f.Num(r, _c.CiStart);
        var upper = _f.Num(r, _c.CiEnd);
        var se = _f.Num(r, _c.Se);
        var weight = _f.Num(r, _c.Weight);
        var stored = StoredResults.NotComputed(shown, lower, upper) || (shown ?? lower ?? upper ?? weight) is null
            ? null
            : new RevManStudyResult(shown, lower, upper, giv ? null : se, weight);
        return new RevManDataRow
        {
            StudyId = name,
            StudyName = name,
            Year = year,
            Order = _f.Int(r, _c.Order),
            EventsE = dich ? _f.Num(r, _c.EventsE) : null,
            EventsC = dich ? _f.Num(r, _c.EventsC) : null,
            NE = dich || cont ? _f.Num(r, _c.TotalE) : null,
            NC = dich || cont ? _f.Num(r, _c.TotalC) : null,
            MeanE = cont ? _f.Num(r, _c.MeanE) : null,
            SdE = cont ? _f.Num(r, _c.SdE) : null,
            MeanC = cont ? _f.Num(r, _c.MeanC) : null,
            SdC = cont ? _f.Num(r, _c.SdC) : null,
            OMinusE = type == RevManDataType.OMinusEAndVariance ? _f.Num(r, _c.OMinusE) : null,
            Variance = type == RevManDataType.OMinusEAndVariance ? _f.Num(r, _c.Variance) : null,
            // The export shows generic estimates as RevMan displays them: exp of the entered log value on the log scale.
            Estimate = giv ? (log ? StoredResults.Log(shown) : shown) : null,
            StandardError = giv ? se : null,
            Stored = stored,
            Location = _f.Table.At(r, -1),
        };
    }

    private sealed class SubgroupBuilder(int number, string name, RevManResults? results)
    {
        public int Number { get; } = number;

        public List<RevManDataRow> Rows { get; } = [];

        public RevManSubgroup Build() => new(Number, null, name, [.. Rows], results);
    }

    private sealed class OutcomeBuilder(int comparison, int number)
    {
        public int Comparison { get; } = comparison;

        public int Number { get; } = number;

        public required RevManOutcome Outcome { get; init; }

        public bool LogScale => Outcome.LogScale;

        public List<RevManDataRow> Rows { get; } = [];

        public List<SubgroupBuilder> Subgroups { get; } = [];

        public double? SubgroupQ { get; init; }

        public double? SubgroupP { get; init; }

        public double? SubgroupI2 { get; init; }

        public RevManOutcome Build()
        {
            var subgroups = Subgroups.Select(s => s.Build()).ToImmutableArray();
            return Outcome with
            {
                Rows = [.. Rows],
                Subgroups = subgroups,
                SubgroupDifferences = subgroups.Length > 0 && SubgroupQ is not null
                    ? new RevManHeterogeneity(SubgroupQ, subgroups.Length - 1, SubgroupP, SubgroupI2)
                    : null,
            };
        }
    }

    /// <summary>The export's column headers (RevMan 5.x; "I²" and "Tau²" with the superscript two).</summary>
    private sealed class Columns(CsvTable t)
    {
        public int Comparison { get; } = t.Column("Comparison Number");
        public int Outcome { get; } = t.Column("Outcome Number");
        public int Subgroup { get; } = t.Column("Subgroup Number");
        public int Name { get; } = t.Column("Name");
        public int DataType { get; } = t.Column("Data Type");
        public int Method { get; } = t.Column("Statistical Method");
        public int Measure { get; } = t.Column("Effect Measure");
        public int Model { get; } = t.Column("Analysis Model");
        public int Totals { get; } = t.Column("Totals");
        public int StudyCi { get; } = t.Column("Study Confidence Interval");
        public int TotalCi { get; } = t.Column("Total Confidence Interval");
        public int Swap { get; } = t.Column("Swap event and non-event");
        public int LogData { get; } = t.Column("Entered data are on log scale (Generic Inverse Variance only)", "Entered data are on log scale");
        public int EventsE { get; } = t.Column("Events 1");
        public int MeanE { get; } = t.Column("Mean 1");
        public int SdE { get; } = t.Column("SD 1");
        public int TotalE { get; } = t.Column("Total 1");
        public int EventsC { get; } = t.Column("Events 2");
        public int MeanC { get; } = t.Column("Mean 2");
        public int SdC { get; } = t.Column("SD 2");
        public int TotalC { get; } = t.Column("Total 2");
        public int OMinusE { get; } = t.Column("O-E", "O−E");
        public int Variance { get; } = t.Column("Var", "Variance");
        public int Estimate { get; } = t.Column("Effect Estimate");
        public int Se { get; } = t.Column("SE");
        public int CiStart { get; } = t.Column("CI Start");
        public int CiEnd { get; } = t.Column("CI End");
        public int Weight { get; } = t.Column("Weight");
        public int Q { get; } = t.Column("Q", "Chi²", "Chi2");
        public int PQ { get; } = t.Column("P(Q)", "P(Chi²)");
        public int I2 { get; } = t.Column("I²(Q)", "I2(Q)", "I²");
        public int Tau2 { get; } = t.Column("Tau²", "Tau2");
        public int Z { get; } = t.Column("Z");
        public int PZ { get; } = t.Column("P(Z)");
        public int Qint { get; } = t.Column("Qint");
        public int PQint { get; } = t.Column("P(Qint)");
        public int I2Qint { get; } = t.Column("I²(Qint)", "I2(Qint)");
        public int Df { get; } = t.Column("df");
        public int LabelE { get; } = t.Column("Group Label 1");
        public int LabelC { get; } = t.Column("Group Label 2");
        public int GraphLeft { get; } = t.Column("Left Graph Label");
        public int GraphRight { get; } = t.Column("Right Graph Label");
        public int Year { get; } = t.Column("Year of study");
        public int Order { get; } = t.Column("User defined order");

        public List<string> MissingStructural()
        {
            var missing = new List<string>();
            foreach (var (index, name) in new[] { (Comparison, "Comparison Number"), (Outcome, "Outcome Number"), (Subgroup, "Subgroup Number"), (Name, "Name"), (DataType, "Data Type") })
            {
                if (index < 0)
                {
                    missing.Add(name);
                }
            }

            return missing;
        }
    }
}
