using System.Xml.Linq;
using MetaReview.Review.Project;
using MetaReview.Review.RevMan.Conversion;

namespace MetaReview.Review.Tests.RevMan.Conversion;

/// <summary>
/// Studies, their status and characteristics, and RevMan's risk-of-bias tables, imported. The review holds the BCG
/// trials (Colditz 1994; metadat dat.bcg): those with random or alternate allocation included, those with systematic
/// allocation excluded for it; characteristics and judgements of random sequence generation state dat.bcg's allocation
/// and latitude; every other judgement is RevMan's "unclear" (UNKNOWN), as in the Fleiss 1993 sample.
/// </summary>
public class RevManImportStudiesTests
{
    private static readonly (string Id, string Allocation)[] Included =
        [.. Colditz1994Bcg.Trials.Where(t => t.Allocation != "systematic").Select(t => (t.Id, t.Allocation))];

    private static readonly string[] Excluded =
        [.. Colditz1994Bcg.Trials.Where(t => t.Allocation == "systematic").Select(t => t.Id)];

    [Fact]
    public void ExcludedStudies_NameCriteriaMadeFromRevMansReasons_AndCharacteristicsBecomeNotes()
    {
        using var imported = Import(RiskOfBias(groups: ["All outcomes"]));
        var project = imported.Project;
        Assert.Equal((9, 4, 1), (project.IncludedStudies.Count(), project.ExcludedStudies.Count(), project.StudiesAwaitingData.Count()));
        Assert.Equal(
            [
                ("exclusion-1", "Excluded in the RevMan review: Systematic allocation, not randomised", "Systematic allocation, not randomised"),
                ("excluded-in-revman", "Excluded in the RevMan review (no reason recorded)", "excluded in RevMan, no reason recorded"),
            ],
            project.Eligibility.Select(c => (c.Id, c.Text, c.Reason)));
        Assert.Equal(["exclusion-1", "exclusion-1", "exclusion-1", "excluded-in-revman"], project.ExcludedStudies.Select(s => s.ExclusionCriterion));

        var aronson = project.FindStudy("aronson-1948")!;
        Assert.Equal("Methods: Allocation: random\nParticipants: Absolute latitude 44 degrees\nData source (RevMan): PUB", aronson.Notes);
        var awaiting = project.StudiesAwaitingData.Single();
        Assert.Equal(("RevMan: study awaiting classification\nData source (RevMan): PUB", StudyDesign.Other), (awaiting.Notes, awaiting.Design));
        Assert.Contains(imported.Conversion.Notes, n => n.ToString() == "assumed: study Awaiting-2024: RevMan lists it as awaiting classification; imported as awaiting-data (listed, not analysed)");
    }

    [Fact]
    public void TheSevenRoB1Domains_AreTheRob1Tool_WithSupport_AndAStudyNotJudgedInEveryDomainIsNoted()
    {
        using var imported = Import(RiskOfBias(groups: ["All outcomes"]), new RevManConversionOptions { Design = StudyDesign.Rct });
        var assessments = imported.Project.RiskOfBias;
        Assert.Equal(8, assessments.Length); // Vandiviere 1973 has no judgement of other bias
        Assert.All(assessments, a => Assert.Equal(RiskOfBiasTool.Rob1, a.Scheme.Tool));
        var aronson = assessments.Single(a => a.Study == "aronson-1948");
        Assert.Equal(new BiasDomainJudgement("random_sequence", BiasJudgement.Unclear, "Allocation: random (method not stated)"), aronson.Domains[0]);
        Assert.Equal(BiasJudgement.Unclear, aronson.Overall);
        var stein = assessments.Single(a => a.Study == "stein-1953");
        Assert.Equal((BiasJudgement.High, "Allocation: alternate"), (stein.Domains[0].Judgement, stein.Domains[0].Support));
        Assert.Equal((BiasJudgement.High, true), (stein.Overall, stein.IsOverallDerived));
        Assert.All(imported.Project.Studies, s => Assert.Equal(StudyDesign.Rct, s.Design));

        var note = Assert.Single(imported.Conversion.NotesOf(RevManNoteKind.NotImported), n => n.Place == "risk of bias, study Vandiviere-1973");
        Assert.StartsWith("not judged in 'Other bias', and the review file needs every domain; its judgements: 'Random sequence generation (selection bias)': UNKNOWN (Allocation: random (method not stated)); 'Allocation concealment (selection bias)': UNKNOWN;", note.Message, StringComparison.Ordinal);
        Assert.Contains(imported.Conversion.Notes, n => n.Message == "RevMan does not record study designs: every study has design 'rct' (as asked)");
    }

    [Fact]
    public void ADomainJudgedPerOutcomeGroup_IsOneDomainPerGroup_InACustomTool()
    {
        using var imported = Import(RiskOfBias(groups: ["Tuberculosis", "Adverse events"]));
        var scheme = imported.Project.RiskOfBias[0].Scheme;
        Assert.Equal(RiskOfBiasTool.Custom, scheme.Tool);
        Assert.Equal(
            ["qit-01", "qit-02", "qit-03", "qit-04.1", "qit-04.2", "qit-05", "qit-06", "qit-07"],
            scheme.Domains.Select(d => d.Id));
        Assert.Equal("Blinding of outcome assessment (detection bias) (Adverse events)", scheme.Domains[4].Name);
        Assert.Equal(8, imported.Project.RiskOfBias.Length);
    }

    private static ImportedProject Import(string qualityItems, RevManConversionOptions? options = null)
    {
        var outcome = Rm5Document.Outcome("DICH", 1, "TB cases", [new XAttribute("EFFECT_MEASURE", "RR"), new XAttribute("METHOD", "MH"), new XAttribute("RANDOM", "NO")],
            Colditz1994Bcg.Trials.Where(t => t.Allocation != "systematic").Select(t =>
                Rm5Document.Data("DICH", t.Id, ("EVENTS_1", t.Arms.EventsE), ("TOTAL_1", t.Arms.NE), ("EVENTS_2", t.Arms.EventsC), ("TOTAL_2", t.Arms.NC))));
        var comparison = new XElement("COMPARISON", new XAttribute("ID", "CMP-001"), new XAttribute("NO", 1), new XElement("NAME", "BCG vaccine versus no vaccine"), outcome);
        var text = Rm5Document.Review(comparison + "\n", [.. Included.Select(t => (t.Id, t.Id[4..], t.Id[^4..]))]);
        text = text.Replace("</INCLUDED_STUDIES>", "</INCLUDED_STUDIES>\n<EXCLUDED_STUDIES>" +
            string.Concat(Excluded.Select(id => Study(id, id[4..], id[^4..]))) + "</EXCLUDED_STUDIES>\n<AWAITING_STUDIES>" +
            Study("STD-Awaiting-2024", "Awaiting-2024", "2024") + "</AWAITING_STUDIES>", StringComparison.Ordinal);
        var characteristics = new XElement("CHARACTERISTICS_OF_STUDIES",
            new XElement("CHARACTERISTICS_OF_INCLUDED_STUDIES",
                new XElement("INCLUDED_CHAR", new XAttribute("STUDY_ID", "STD-Aronson-1948"),
                    new XElement("CHAR_METHODS", new XElement("P", "Allocation: random")),
                    new XElement("CHAR_PARTICIPANTS", new XElement("P", "Absolute latitude 44 degrees")),
                    new XElement("CHAR_NOTES"))),
            new XElement("CHARACTERISTICS_OF_EXCLUDED_STUDIES",
                Excluded.Take(3).Select(id => new XElement("EXCLUDED_CHAR", new XAttribute("STUDY_ID", id),
                    new XElement("CHAR_REASON_FOR_EXCLUSION", new XElement("P", "Systematic allocation, not randomised"))))));
        text = text.Replace("<ANALYSES_AND_DATA", characteristics + "\n" + qualityItems + "\n<ANALYSES_AND_DATA", StringComparison.Ordinal);
        return ImportedProject.From(Rm5Document.Latin1(text), "bcg.rm5", options);
    }

    private static string Study(string id, string name, string year) =>
        new XElement("STUDY", new XAttribute("DATA_SOURCE", "PUB"), new XAttribute("ID", id), new XAttribute("NAME", name), new XAttribute("YEAR", year)).ToString();

    /// <summary>RoB 1 as RevMan 5.1+ lays it out, blinding of outcome assessment judged per outcome group.</summary>
    private static string RiskOfBias(string[] groups)
    {
        string[] names =
        [
            "Random sequence generation (selection bias)", "Allocation concealment (selection bias)", "Blinding of participants and personnel (performance bias)",
            "Blinding of outcome assessment (detection bias)", "Incomplete outcome data (attrition bias)", "Selective reporting (reporting bias)", "Other bias",
        ];
        var items = names.Select((name, i) =>
        {
            var perGroup = i == 3;
            var entries = Included
                .Where(t => !(i == 6 && t.Id == "STD-Vandiviere-1973"))
                .SelectMany(t => (perGroup ? groups.Select((_, g) => (string?)$"QIG-{g + 1:00}") : [null]).Select(group =>
                {
                    var (result, support) = i == 0 ? Sequence(t.Allocation) : ("UNKNOWN", "");
                    return new XElement("QUALITY_ITEM_DATA_ENTRY", group is null ? null : new XAttribute("GROUP_ID", group), new XAttribute("RESULT", result),
                        new XAttribute("STUDY_ID", t.Id), new XElement("DESCRIPTION", support.Length == 0 ? null : new XElement("P", support)));
                }));
            return new XElement("QUALITY_ITEM", new XAttribute("ID", $"QIT-{i + 1:00}"), new XAttribute("LEVEL", perGroup ? "GROUP" : "STUDY"), new XAttribute("NO", i + 1),
                new XElement("NAME", name), new XElement("DESCRIPTION", new XElement("P", name)),
                perGroup ? new XElement("QUALITY_ITEM_GROUPS", groups.Select((g, n) => new XElement("QUALITY_ITEM_GROUP", new XAttribute("ID", $"QIG-{n + 1:00}"), new XElement("NAME", g)))) : null,
                new XElement("QUALITY_ITEM_DATA", entries));
        });
        return new XElement("QUALITY_ITEMS", items).ToString();
    }

    // dat.bcg's allocation: alternate allocation is not random (RoB 1: high risk); "random" says nothing of the method (unclear).
    private static (string Result, string Support) Sequence(string allocation) =>
        allocation == "alternate" ? ("NO", "Allocation: alternate") : ("UNKNOWN", "Allocation: random (method not stated)");
}
