using System.Collections.Immutable;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.RevMan.Internal;

/// <summary>
/// Reads a RevMan 5 review file (.rm5). The XML is parsed with DTDs ignored and no resolver, so no external entity,
/// DTD or schema is ever fetched and entities are never expanded; the declared encoding is respected (ISO-8859-1 as
/// Windows-1252). Element and attribute names follow RevMan 5's files: <c>COCHRANE_REVIEW</c>, <c>STUDY</c>,
/// <c>COMPARISON</c>, <c>DICH_OUTCOME</c>/<c>CONT_OUTCOME</c>/<c>IPD_OUTCOME</c>/<c>IV_OUTCOME</c> with their
/// <c>*_SUBGROUP</c> and <c>*_DATA</c> children, <c>QUALITY_ITEM</c>, <c>INCLUDED_CHAR</c> and so on.
/// </summary>
internal sealed class Rm5Parser
{
    private static readonly (string List, RevManStudyStatus Status)[] StudyLists =
    [
        ("INCLUDED_STUDIES", RevManStudyStatus.Included), ("EXCLUDED_STUDIES", RevManStudyStatus.Excluded),
        ("AWAITING_STUDIES", RevManStudyStatus.Awaiting), ("ONGOING_STUDIES", RevManStudyStatus.Ongoing),
    ];

    private static readonly (string Table, string Row, RevManStudyStatus Status)[] CharacteristicsTables =
    [
        ("CHARACTERISTICS_OF_INCLUDED_STUDIES", "INCLUDED_CHAR", RevManStudyStatus.Included),
        ("CHARACTERISTICS_OF_EXCLUDED_STUDIES", "EXCLUDED_CHAR", RevManStudyStatus.Excluded),
        ("CHARACTERISTICS_OF_AWAITING_STUDIES", "AWAITING_CHAR", RevManStudyStatus.Awaiting),
        ("CHARACTERISTICS_OF_ONGOING_STUDIES", "ONGOING_CHAR", RevManStudyStatus.Ongoing),
    ];

    private static readonly (string Prefix, RevManDataType Type)[] OutcomeKinds =
    [
        ("DICH", RevManDataType.Dichotomous), ("CONT", RevManDataType.Continuous),
        ("IPD", RevManDataType.OMinusEAndVariance), ("IV", RevManDataType.GenericInverseVariance),
    ];

    private readonly string _file;
    private readonly List<RevManProblem> _problems;
    private readonly Dictionary<string, RevManStudy> _studies = new(StringComparer.Ordinal);
    private readonly HashSet<string> _unknownStudies = new(StringComparer.Ordinal);

    private Rm5Parser(string file, List<RevManProblem> problems)
    {
        _file = file;
        _problems = problems;
    }

    public static RevManReadResult Parse(byte[] bytes, string file)
    {
        var problems = new List<RevManProblem>();
        var text = Decode(bytes, file, problems);
        if (text is null)
        {
            return new RevManReadResult(null, [.. problems]);
        }

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), SafeSettings());
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problems.Add(new RevManProblem(new RevManLocation(file, e.LineNumber, e.LinePosition), RevManMessages.MalformedXml(e.Message)));
            return new RevManReadResult(null, [.. problems]);
        }

        // With DTDs ignored the reader does not report the declaration: look for it before the root element.
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (doctype >= 0 && doctype < text.IndexOf("<" + document.Root!.Name.LocalName, StringComparison.Ordinal))
        {
            problems.Add(new RevManProblem(new RevManLocation(file, 1), RevManMessages.DtdIgnored, IsError: false));
        }

        var root = document.Root!;
        if (root.Name.LocalName != "COCHRANE_REVIEW")
        {
            problems.Add(new RevManProblem(At(file, root), RevManMessages.NotAReview(root.Name.LocalName)));
            return new RevManReadResult(null, [.. problems]);
        }

        var review = new Rm5Parser(file, problems).Review(root);
        return new RevManReadResult(review, [.. problems]);
    }

    /// <summary>
    /// XML settings that cannot reach outside the file: DTDs ignored (an entity reference is then an error, so an
    /// external entity is never resolved or expanded), no resolver, no entity expansion budget.
    /// </summary>
    internal static XmlReaderSettings SafeSettings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        MaxCharactersFromEntities = 0,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private static string? Decode(byte[] bytes, string file, List<RevManProblem> problems)
    {
        var declared = TextDecoding.DeclaredXmlEncoding(bytes);
        Encoding encoding = TextDecoding.StrictUtf8;
        if (declared is not null)
        {
            var e = TextDecoding.ForName(declared);
            if (e is null)
            {
                problems.Add(new RevManProblem(new RevManLocation(file, 1, null, "encoding"), RevManMessages.UnknownEncoding(declared)));
                return null;
            }

            encoding = e;
        }

        var text = TextDecoding.Decode(bytes, encoding, out var invalid);
        if (invalid is { } bad)
        {
            problems.Add(new RevManProblem(new RevManLocation(file, bad.Line, bad.Column),
                RevManMessages.InvalidBytes(declared ?? "UTF-8", bad.Offset)));
        }

        return text;
    }

    private RevManReview Review(XElement root)
    {
        foreach (var study in Studies(root))
        {
            if (!_studies.TryAdd(study.Id, study))
            {
                Warn(root, RevManMessages.DuplicateStudyId(study.Id));
            }
        }

        return new RevManReview
        {
            Format = RevManFormat.Rm5,
            Source = _file,
            Title = Text(root.Element("COVER_SHEET")?.Element("TITLE")),
            RevManVersion = Attr(root, "REVMAN_SUB_VERSION") ?? Attr(root, "REVMAN_VERSION"),
            StoredDecimals = null,
            Studies = [.. _studies.Values],
            Comparisons = [.. (root.Element("ANALYSES_AND_DATA")?.Elements("COMPARISON") ?? []).Select(Comparison)],
            RiskOfBias = [.. (root.Element("QUALITY_ITEMS")?.Elements("QUALITY_ITEM") ?? []).Select(Domain)],
            Characteristics = [.. Characteristics(root)],
        };
    }

    private static IEnumerable<RevManStudy> Studies(XElement root)
    {
        var studies = root.Element("STUDIES_AND_REFERENCES")?.Element("STUDIES");
        if (studies is null)
        {
            yield break;
        }

        foreach (var (list, status) in StudyLists)
        {
            foreach (var s in studies.Element(list)?.Elements("STUDY") ?? [])
            {
                var id = Attr(s, "ID") ?? "";
                var name = Attr(s, "NAME") ?? XmlConvert.DecodeName(id.StartsWith("STD-", StringComparison.Ordinal) ? id[4..] : id);
                yield return new RevManStudy(id, name, Attr(s, "YEAR"), status, Attr(s, "DATA_SOURCE"));
            }
        }
    }

    private IEnumerable<RevManStudyCharacteristics> Characteristics(XElement root)
    {
        var tables = root.Element("CHARACTERISTICS_OF_STUDIES");
        if (tables is null)
        {
            yield break;
        }

        foreach (var (table, row, status) in CharacteristicsTables)
        {
            foreach (var r in tables.Element(table)?.Elements(row) ?? [])
            {
                var id = Attr(r, "STUDY_ID") ?? "";
                var fields = r.Elements()
                    .Where(e => e.Name.LocalName.StartsWith("CHAR_", StringComparison.Ordinal))
                    .Select(e => new KeyValuePair<string, string>(Heading(e.Name.LocalName), Text(e) ?? ""));
                yield return new RevManStudyCharacteristics(id, StudyName(id, r), status, [.. fields]);
            }
        }
    }

    // CHAR_REASON_FOR_EXCLUSION → "Reason for exclusion".
    private static string Heading(string element)
    {
        var words = element["CHAR_".Length..].Replace('_', ' ').ToLowerInvariant();
        return words.Length == 0 ? element : char.ToUpperInvariant(words[0]) + words[1..];
    }

    private RevManRiskOfBiasDomain Domain(XElement item)
    {
        var id = Attr(item, "ID") ?? "";
        var perGroup = string.Equals(Attr(item, "LEVEL"), "GROUP", StringComparison.OrdinalIgnoreCase);
        var groups = item.Descendants()
            .Where(e => e.Name.LocalName != "QUALITY_ITEM_DATA_ENTRY" && Attr(e, "ID") is not null && e.Element("NAME") is not null)
            .GroupBy(e => Attr(e, "ID")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Text(g.First().Element("NAME")) ?? g.Key, StringComparer.Ordinal);
        var entries = (item.Element("QUALITY_ITEM_DATA")?.Elements("QUALITY_ITEM_DATA_ENTRY") ?? []).Select(e =>
        {
            var studyId = Attr(e, "STUDY_ID") ?? "";
            var result = Attr(e, "RESULT") ?? "";
            var groupId = Attr(e, "GROUP_ID");
            var group = groupId is null ? null : groups.GetValueOrDefault(groupId, groupId);
            return new RevManRiskOfBiasEntry(studyId, StudyName(studyId, e), RevManVocabulary.Judgement(result), result,
                Text(e.Element("DESCRIPTION")) ?? "", group);
        });
        return new RevManRiskOfBiasDomain(id, Text(item.Element("NAME")) ?? id, Text(item.Element("DESCRIPTION")) ?? "", perGroup, [.. entries]);
    }

    private RevManComparison Comparison(XElement c)
    {
        var number = Int(c, "NO") ?? 0;
        var outcomes = new List<RevManOutcome>();
        foreach (var e in c.Elements())
        {
            var kind = OutcomeKinds.FirstOrDefault(k => e.Name.LocalName == k.Prefix + "_OUTCOME");
            if (kind.Prefix is not null)
            {
                outcomes.Add(Outcome(e, number, kind.Prefix, kind.Type));
            }
        }

        return new RevManComparison(number, Attr(c, "ID"), Text(c.Element("NAME")) ?? "", [.. outcomes]);
    }

    private RevManOutcome Outcome(XElement o, int comparison, string prefix, RevManDataType type)
    {
        var measureText = Attr(o, "EFFECT_MEASURE") ?? Text(o.Element("EFFECT_MEASURE")) ?? "";
        var measure = RevManVocabulary.EffectMeasure(measureText);
        var methodText = Attr(o, "METHOD") ?? (type == RevManDataType.OMinusEAndVariance ? "PETO" : "IV");
        var method = RevManVocabulary.Method(methodText);
        if (method is null)
        {
            Error(o, "METHOD", RevManMessages.UnknownMethod(methodText));
        }

        var randomText = Attr(o, "RANDOM");
        var model = RevManVocabulary.Model(randomText ?? "NO");
        if (model is null)
        {
            Error(o, "RANDOM", RevManMessages.UnknownModel(randomText!));
        }

        var logScale = LogScale(o, type, measure, measureText);
        var rows = o.Elements(prefix + "_DATA").Select(d => Row(d, type, logScale)).ToImmutableArray();
        var subgroups = o.Elements(prefix + "_SUBGROUP").Select(s => new RevManSubgroup(
            Int(s, "NO") ?? 0, Attr(s, "ID"), Text(s.Element("NAME")) ?? "",
            [.. s.Elements(prefix + "_DATA").Select(d => Row(d, type, logScale))], Results(s, logScale))).ToImmutableArray();
        var totals = Attr(o, "TOTALS");
        return new RevManOutcome
        {
            ComparisonNumber = comparison,
            Number = Int(o, "NO") ?? 0,
            Id = Attr(o, "ID"),
            Name = Text(o.Element("NAME")) ?? "",
            DataType = type,
            EffectMeasure = measure,
            EffectMeasureText = measureText,
            Method = method,
            MethodText = methodText,
            Model = model ?? EffectModel.Fixed,
            LogScale = logScale,
            SwapEvents = RevManVocabulary.YesNo(Attr(o, "SWAP_EVENTS")) ?? false,
            StudyLevel = RevManNumbers.Level(Attr(o, "CI_STUDY")) ?? 0.95,
            TotalLevel = RevManNumbers.Level(Attr(o, "CI_TOTAL")) ?? 0.95,
            Totals = totals is null ? null : string.Equals(totals, "YES", StringComparison.OrdinalIgnoreCase),
            LabelE = Text(o.Element("GROUP_LABEL_1")),
            LabelC = Text(o.Element("GROUP_LABEL_2")),
            GraphLabelLeft = Text(o.Element("GRAPH_LABEL_1")),
            GraphLabelRight = Text(o.Element("GRAPH_LABEL_2")),
            Units = Attr(o, "UNITS") is { Length: > 0 } u ? u : null,
            Rows = rows,
            Subgroups = subgroups,
            Results = Results(o, logScale),
            SubgroupDifferences = subgroups.Length > 0 ? SubgroupTest(o, subgroups.Length) : null,
            Location = At(_file, o),
        };
    }

    private bool LogScale(XElement o, RevManDataType type, RevManEffectMeasure measure, string measureText)
    {
        switch (type)
        {
            case RevManDataType.Dichotomous:
                return measure is RevManEffectMeasure.OddsRatio or RevManEffectMeasure.RiskRatio or RevManEffectMeasure.PetoOddsRatio;
            case RevManDataType.Continuous:
                return false;
            case RevManDataType.OMinusEAndVariance:
                return true;
        }

        // Generic inverse variance: "Entered data are on log scale".
        if (RevManVocabulary.YesNo(Attr(o, "LOG_DATA")) is { } log)
        {
            return log;
        }

        var ratio = RevManVocabulary.IsRatio(measure);
        Warn(o, RevManMessages.LogDataAssumed(measureText, ratio));
        return ratio;
    }

    private RevManDataRow Row(XElement d, RevManDataType type, bool logScale)
    {
        var id = Attr(d, "STUDY_ID") ?? "";
        double? estimate = null;
        if (type == RevManDataType.GenericInverseVariance && Num(d, "EFFECT_SIZE") is { } shown)
        {
            // RevMan stores the estimate as shown: exp of the entered log value when the data are on the log scale.
            estimate = logScale ? Math.Log(shown) : shown;
        }

        var dich = type == RevManDataType.Dichotomous;
        var cont = type == RevManDataType.Continuous;
        return new RevManDataRow
        {
            StudyId = id,
            StudyName = StudyName(id, d),
            Year = _studies.GetValueOrDefault(id)?.Year,
            Order = Int(d, "ORDER"),
            EventsE = dich ? Num(d, "EVENTS_1") : null,
            EventsC = dich ? Num(d, "EVENTS_2") : null,
            NE = dich || cont ? Num(d, "TOTAL_1") : null,
            NC = dich || cont ? Num(d, "TOTAL_2") : null,
            MeanE = cont ? Num(d, "MEAN_1") : null,
            SdE = cont ? Num(d, "SD_1") : null,
            MeanC = cont ? Num(d, "MEAN_2") : null,
            SdC = cont ? Num(d, "SD_2") : null,
            OMinusE = type == RevManDataType.OMinusEAndVariance ? Num(d, "O_E") : null,
            Variance = type == RevManDataType.OMinusEAndVariance ? Num(d, "VAR") : null,
            Estimate = estimate,
            StandardError = type == RevManDataType.GenericInverseVariance ? Num(d, "SE") : null,
            Estimable = RevManVocabulary.YesNo(Attr(d, "ESTIMABLE")),
            Stored = StudyResult(d, type, logScale),
            Location = At(_file, d),
        };
    }

    private RevManStudyResult? StudyResult(XElement d, RevManDataType type, bool logScale)
    {
        var estimate = Shown(d, "EFFECT_SIZE", logScale);
        var lower = Shown(d, "CI_START", logScale);
        var upper = Shown(d, "CI_END", logScale);
        // For generic data SE is the entered value, not a result.
        var se = type == RevManDataType.GenericInverseVariance ? null : Num(d, "SE");
        var weight = Num(d, "WEIGHT");
        return estimate is null && lower is null && upper is null && se is null && weight is null
            ? null
            : new RevManStudyResult(estimate, lower, upper, se, weight);
    }

    private RevManResults? Results(XElement e, bool logScale)
    {
        var r = new RevManResults
        {
            Estimate = Shown(e, "EFFECT_SIZE", logScale),
            CiLower = Shown(e, "CI_START", logScale),
            CiUpper = Shown(e, "CI_END", logScale),
            Z = Num(e, "Z"),
            PValue = Num(e, "P_Z"),
            Heterogeneity = new RevManHeterogeneity(Num(e, "CHI2"), Int(e, "DF"), Num(e, "P_CHI2"), Num(e, "I2")),
            Tau2 = Num(e, "TAU2"),
            Weight = Num(e, "WEIGHT"),
            Studies = Int(e, "STUDIES"),
            EventsE = Num(e, "EVENTS_1"),
            NE = Num(e, "TOTAL_1"),
            EventsC = Num(e, "EVENTS_2"),
            NC = Num(e, "TOTAL_2"),
        };
        return r.HasValues ? r : null;
    }

    // The test for subgroup differences: Q, P_Q, I2_Q on the outcome; df = subgroups − 1 (RevMan stores no df for it).
    private RevManHeterogeneity? SubgroupTest(XElement o, int subgroups)
    {
        var q = Num(o, "Q");
        return q is null ? null : new RevManHeterogeneity(q, subgroups - 1, Num(o, "P_Q"), Num(o, "I2_Q"));
    }

    // A value on RevMan's display scale; when only the base-10 LOG_ attribute is there, 10^x.
    private double? Shown(XElement e, string name, bool logScale)
    {
        var value = Num(e, name);
        if (value is null && logScale && Num(e, "LOG_" + name) is { } log10)
        {
            value = Math.Pow(10, log10);
        }

        return value;
    }

    private string StudyName(string id, XElement at)
    {
        if (_studies.TryGetValue(id, out var s))
        {
            return s.Name;
        }

        if (_unknownStudies.Add(id))
        {
            Warn(at, RevManMessages.UnknownStudy(id));
        }

        return XmlConvert.DecodeName(id.StartsWith("STD-", StringComparison.Ordinal) ? id[4..] : id);
    }

    private double? Num(XElement e, string name)
    {
        var text = Attr(e, name);
        if (RevManNumbers.TryParse(text, out var value))
        {
            return value;
        }

        Error(e, name, RevManMessages.NotANumber(text!));
        return null;
    }

    private int? Int(XElement e, string name)
    {
        var text = Attr(e, name);
        if (RevManNumbers.TryParseInt(text, out var value))
        {
            return value;
        }

        Error(e, name, RevManMessages.NotAWholeNumber(text!));
        return null;
    }

    private void Error(XElement e, string field, string message) =>
        _problems.Add(new RevManProblem(At(_file, e) with { Field = $"{e.Name.LocalName} {field}" }, message));

    private void Warn(XElement e, string message) =>
        _problems.Add(new RevManProblem(At(_file, e) with { Field = e.Name.LocalName }, message, IsError: false));

    private static RevManLocation At(string file, XElement e) =>
        e is IXmlLineInfo { } info && info.HasLineInfo() ? new RevManLocation(file, info.LineNumber, info.LinePosition) : new RevManLocation(file);

    private static string? Attr(XElement e, string name) => e.Attribute(name)?.Value;

    // Rich text as plain text: paragraphs on their own lines.
    private static string? Text(XElement? e)
    {
        if (e is null)
        {
            return null;
        }

        var paragraphs = e.Descendants().Where(d => d.Name.LocalName is "P" or "LI" or "TR").ToList();
        if (paragraphs.Count == 0)
        {
            return Squeeze(e.Value);
        }

        return string.Join("\n", paragraphs.Where(p => !p.Ancestors().Any(a => paragraphs.Contains(a))).Select(p => Squeeze(p.Value)));
    }

    private static string Squeeze(string s) => string.Join(' ', s.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
