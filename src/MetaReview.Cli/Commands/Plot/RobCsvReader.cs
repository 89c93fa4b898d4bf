using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Reporting.Plots.RiskOfBias;

namespace MetaReview.Cli.Commands.Plot;

/// <summary>
/// Reads risk-of-bias judgements from a CSV file laid out as robvis's: the study in the first column (or a column
/// named 'study'), one column per domain in the tool's order, an optional 'overall' column and an optional 'weight'
/// column. Judgements are words ("Low", "Some concerns", "High", "Unclear", "Moderate", "Serious", "Critical",
/// "No information"; "low risk", ... too) or the symbols +, !, −, ?, x.
/// </summary>
internal static class RobCsvReader
{
    private static readonly Dictionary<string, Judgement> Words = new(StringComparer.Ordinal)
    {
        ["low"] = Judgement.Low,
        ["lowrisk"] = Judgement.Low,
        ["+"] = Judgement.Low,
        ["someconcerns"] = Judgement.SomeConcerns,
        ["someconcern"] = Judgement.SomeConcerns,
        ["!"] = Judgement.SomeConcerns,
        ["high"] = Judgement.High,
        ["highrisk"] = Judgement.High,
        [string.Empty] = Judgement.High,
        ["−"] = Judgement.High,
        ["unclear"] = Judgement.Unclear,
        ["unclearrisk"] = Judgement.Unclear,
        ["?"] = Judgement.Unclear,
        ["moderate"] = Judgement.Moderate,
        ["serious"] = Judgement.Serious,
        ["critical"] = Judgement.Critical,
        ["x"] = Judgement.Critical,
        ["noinformation"] = Judgement.NoInformation,
        ["noinfo"] = Judgement.NoInformation,
        ["ni"] = Judgement.NoInformation,
    };

    /// <summary>The tools by their command-line names.</summary>
    public static IReadOnlyDictionary<string, RiskOfBiasTool?> Tools { get; } = new Dictionary<string, RiskOfBiasTool?>(StringComparer.OrdinalIgnoreCase)
    {
        ["rob2"] = RiskOfBiasTool.Rob2,
        ["rob1"] = RiskOfBiasTool.Rob1,
        ["robins-i"] = RiskOfBiasTool.RobinsI,
        ["custom"] = null,
    };

    /// <summary>Reads the assessment; every problem in the file is listed in one input error (exit code 2).</summary>
    /// <param name="table">The file's rows.</param>
    /// <param name="tool">The tool, or null for a custom tool whose domains are the file's domain columns.</param>
    public static RiskOfBiasAssessment Read(DelimitedTable table, RiskOfBiasTool? tool)
    {
        var studyColumn = Math.Max(0, table.IndexOf("study", "author", "studlab"));
        var overallColumn = table.IndexOf("overall");
        var weightColumn = table.IndexOf("weight");
        var domainColumns = Enumerable.Range(0, table.Header.Count).Where(i => i != studyColumn && i != overallColumn && i != weightColumn && table.Header[i].Length > 0).ToList();
        if (tool is not null && domainColumns.Count != tool.Domains.Length)
        {
            throw new CliInputException(
                $"{table.Source}:1: {tool.Name} has {tool.Domains.Length} domains ({string.Join(", ", tool.Domains.Select(d => d.Code))}) but the file has {domainColumns.Count} domain columns "
                + $"({string.Join(", ", domainColumns.Select(i => "'" + table.Header[i] + "'"))}); give one column per domain, then 'overall' (use --tool custom for other domains).");
        }

        if (domainColumns.Count == 0)
        {
            throw new CliInputException($"{table.Source}:1: no domain columns: after the study column give one column per domain, then 'overall'.");
        }

        var problems = new List<string>();
        var studies = ImmutableArray.CreateBuilder<StudyJudgements>();
        foreach (var row in table.Rows)
        {
            var study = row[studyColumn];
            if (study is null)
            {
                problems.Add($"{table.Where(row, studyColumn)}: the study name is missing.");
                continue;
            }

            var domains = domainColumns.Select(i => Judge(table, row, i, study, required: true, problems) ?? Judgement.NoInformation).ToImmutableArray();
            var overall = overallColumn >= 0 ? Judge(table, row, overallColumn, study, required: false, problems) : null;
            double? weight = null;
            if (weightColumn >= 0 && row[weightColumn] is { } w)
            {
                if (double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= 0)
                {
                    weight = value;
                }
                else
                {
                    problems.Add($"{table.Where(row, weightColumn)} (study '{study}'): the weight must be a number >= 0, got '{w}'.");
                }
            }

            studies.Add(new StudyJudgements(study, domains, overall, weight));
        }

        var effective = tool ?? Custom(table, domainColumns, studies);
        foreach (var (s, row) in studies.Zip(table.Rows.Where(r => r[studyColumn] is not null)))
        {
            for (var d = 0; d < s.Domains.Length; d++)
            {
                if (!effective.Judgements.Contains(s.Domains[d]))
                {
                    problems.Add($"{table.Where(row, domainColumns[d])} (study '{s.Study}'): '{row[domainColumns[d]]}' is not a {effective.Name} judgement; use {string.Join(", ", effective.Judgements.Select(Name))}.");
                }
            }

            if (s.Overall is { } o && !effective.OverallJudgements.Contains(o))
            {
                problems.Add($"{table.Where(row, overallColumn)} (study '{s.Study}'): '{row[overallColumn]}' is not a {effective.Name} judgement; use {string.Join(", ", effective.OverallJudgements.Select(Name))}.");
            }
        }

        if (problems.Count > 0)
        {
            problems.Add($"{problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")} in '{table.Source}'; nothing was drawn.");
            throw new CliInputException(string.Join(Environment.NewLine, problems));
        }

        return new RiskOfBiasAssessment(effective, studies.ToImmutable());
    }

    /// <summary>The display name of a judgement, as the plots print it.</summary>
    public static string Name(Judgement j) => j switch
    {
        Judgement.SomeConcerns => "Some concerns",
        Judgement.NoInformation => "No information",
        _ => j.ToString(),
    };

    private static Judgement? Judge(DelimitedTable table, DelimitedRow row, int column, string study, bool required, List<string> problems)
    {
        var text = row[column];
        if (text is null)
        {
            if (required)
            {
                problems.Add($"{table.Where(row, column)} (study '{study}'): the judgement is missing.");
            }

            return null;
        }

        var key = text is "-" or "–" ? string.Empty : DelimitedTable.Key(text);
        if (Words.TryGetValue(key, out var judgement))
        {
            return judgement;
        }

        problems.Add($"{table.Where(row, column)} (study '{study}'): '{text}' is not a judgement; use Low, Some concerns, High, Unclear, Moderate, Serious, Critical or No information.");
        return null;
    }

    private static RiskOfBiasTool Custom(DelimitedTable table, List<int> domainColumns, ImmutableArray<StudyJudgements>.Builder studies)
    {
        var used = studies.SelectMany(s => s.Domains.Concat(s.Overall is { } o ? [o] : [])).Distinct().Order();
        return RiskOfBiasTool.Custom(
            "Risk of bias",
            domainColumns.Select((c, i) => new RiskOfBiasDomain("D" + (i + 1).ToString(CultureInfo.InvariantCulture), table.Header[c])),
            used.DefaultIfEmpty(Judgement.Low));
    }
}
