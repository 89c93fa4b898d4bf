using System.Globalization;
using System.Xml.Linq;
using MetaReview.Review.RevMan;
using MetaReview.Review.RevMan.Conversion;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.Tests.RevMan.Conversion;

/// <summary>
/// A project outcome written for RevMan (<see cref="RevManProjectExport"/>) and read back by the RevMan reader: Fleiss
/// (1993) imported and exported again keeps every number, RevMan's settings and its results; the BCG trials' subgroups
/// and generic estimates go as RevMan subgroups and generic inverse variance data.
/// </summary>
public class RevManProjectExportTests
{
    [Fact]
    public void Fleiss1993_ImportedThenExported_ReadsBackTheSameData_AndRevManAgrees()
    {
        using var imported = ImportedProject.From(RevManFixtures.Rm5);
        var analyses = imported.Project.Outcomes.Select((o, i) => RevManProjectExport.Analysis(o, i + 1)).ToList();
        Assert.Equal((EffectMeasure.OR, PoolingMethod.MH, EffectModel.Fixed, 0.95), (analyses[0].Measure, analyses[0].Method, analyses[0].Model, analyses[0].Level));
        Assert.Equal(("ISIS-2", null), (analyses[0].Studies[6].Input.Study, analyses[0].Studies[6].Year));

        using var zip = new MemoryStream();
        RevManExport.WriteDataPackage(analyses, zip, "Fleiss1993");
        var back = RevManReader.Read(zip.ToArray(), "fleiss-export.zip").Review!;
        var original = imported.Review.Comparisons[0].Outcomes;
        for (var o = 0; o < 2; o++)
        {
            var expected = RevManStudyInputs.From(original[o], original[o].Rows).Studies.OrderBy(s => s.Study, StringComparer.Ordinal);
            var actual = RevManStudyInputs.From(back.Comparisons[0].Outcomes[o], back.Comparisons[0].Outcomes[o].Rows).Studies.OrderBy(s => s.Study, StringComparer.Ordinal);
            Assert.Equal(expected, actual);
        }

        // RevMan's stored result for the aspirin trials, re-analysed from the exported data.
        var exported = back.Comparisons[0].Outcomes[0] with { Results = original[0].Results };
        Assert.Equal(RevManCheckStatus.Pass, RevManCheck.Outcome(exported, null, new RevManCheckOptions { CompareStudies = false })[0].Status);
    }

    [Fact]
    public void SubgroupsAndGenericEstimates_GoAsRevMansSubgroupsAndGenericData()
    {
        var groups = Colditz1994Bcg.Trials.GroupBy(t => t.Allocation).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var outcome = Rm5Document.Outcome("IV", 1, "TB cases (log RR)", [new XAttribute("LOG_DATA", "YES"), new XAttribute("RANDOM", "YES"), new XAttribute("SUBGROUPS", "YES")],
            [new XElement("EFFECT_MEASURE", "Risk Ratio"), .. groups.Select((g, i) => new XElement("IV_SUBGROUP", new XAttribute("NO", i + 1), new XElement("NAME", g.Key), g.Select(t =>
            {
                var (yi, vi) = Colditz1994Bcg.LogRiskRatio(t.Arms);
                return Rm5Document.Data("IV", t.Id, ("EFFECT_SIZE", Math.Exp(yi)), ("SE", Math.Sqrt(vi)));
            })))]);
        using var imported = ImportedProject.From(Rm5Document.Review(outcome), "bcg.rm5");
        var analysis = RevManProjectExport.Analysis(imported.Project.Outcomes[0]);
        Assert.Equal((EffectMeasure.GEN, "Risk ratio", true, EffectModel.Random), (analysis.Measure, analysis.GenericMeasureName, analysis.GenericLogScale, analysis.Model));
        Assert.Equal(["alternate", "alternate", "random"], analysis.Studies.Take(3).Select(s => s.Subgroup));
        Assert.Empty(RevManExport.Validate(analysis));

        using var text = new StringWriter();
        RevManExport.WriteDataRows([analysis], text);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(14, lines.Length);
        var first = Colditz1994Bcg.LogRiskRatio(Colditz1994Bcg.Trials.First(t => t.Allocation == "alternate").Arms);
        var yi = first.Yi.ToString("R", CultureInfo.InvariantCulture);
        Assert.StartsWith($"1,1,TB cases (log RR),alternate,SUBGROUP_AND_OVERALL,Frimodt_x002d_Moller-1973,1973,{yi},", lines[1], StringComparison.Ordinal);
    }
}
