using System.Collections.Immutable;
using System.Text;
using System.Xml.Linq;
using MetaReview.Review.RevMan;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>
/// Writing outcomes in the layout of RevMan Web's data package, and reading them back: the data, the settings and the
/// re-analysis survive the round trip.
/// </summary>
public class RevManExportTests
{
    [Fact]
    public void Fleiss1993_RoundTripsThroughADataPackage()
    {
        var original = RevManReader.Read(RevManFixtures.Rm5).Review!;
        var analyses = original.Outcomes.Select(RevManExportAnalysis.FromRevMan).ToList();
        var package = Package(analyses, "CD000000");

        var read = RevManReader.Read(package, "CD000000.zip");
        Assert.Empty(read.Problems);
        var again = read.Review!;
        Assert.Equal(RevManFormat.DataPackage, again.Format);
        for (var i = 0; i < 2; i++)
        {
            var before = original.Comparisons[0].Outcomes[i];
            var after = again.Comparisons[0].Outcomes[i];
            Assert.Equal((before.Name, before.DataType, before.EffectMeasure, before.Method, before.Model, before.LogScale, before.LabelE, before.LabelC),
                (after.Name, after.DataType, after.EffectMeasure, after.Method, after.Model, after.LogScale, after.LabelE, after.LabelC));
            Assert.Equal(before.Rows.Select(Data), after.Rows.Select(Data));
            Assert.Null(after.Results); // estimates are RevMan's to compute
        }

        // The re-analysis of the round-tripped data is the re-analysis of the original.
        var first = RevManCheck.Run(original).Rows;
        var second = RevManCheck.Run(again).Rows;
        Assert.Equal(first.Select(r => r.MetaReview), second.Select(r => r.MetaReview));
        Assert.All(second, r => Assert.Equal(RevManCheckStatus.NotStored, r.Status));
    }

    [Fact]
    public void DataRows_AreWrittenInRevManWebsLayout()
    {
        var aspirin = RevManExportAnalysis.FromRevMan(RevManReader.Read(RevManFixtures.Rm5).Review!.Comparisons[0].Outcomes[0]);
        var mental = RevManExportAnalysis.FromRevMan(RevManReader.Read(RevManFixtures.Rm5).Review!.Comparisons[0].Outcomes[1]);
        var writer = new StringWriter { NewLine = "\n" };
        RevManExport.WriteDataRows([aspirin with { Studies = aspirin.Studies[..1] }, mental with { Studies = mental.Studies[..1] }], writer);
        Assert.Equal(
            "Analysis group,Analysis number,Analysis name,Subgroup,Applicability,Study,Study year,GIV Mean,GIV SE,Experimental mean,Experimental SD,Experimental cases,Experimental N,Control mean,Control SD,Control cases,Control N,O-E,Variance,Weight,Mean,CI start,CI end,Footnotes\n" +
            "1,1,Aspirin for Preventing Death after Myocardial Infarction,,SUBGROUP_AND_OVERALL,MRC-1,1974,,,,,49,615,,,67,624,,,,,,,\n" +
            "1,2,Mental Health Treatment versus Control,,SUBGROUP_AND_OVERALL,Davis,1973,,,5,4.7,,13,6.5,3.8,,13,,,,,,,\n",
            writer.ToString());

        // The header is the one RevMan Web wrote in the Fleiss 1993 data package.
        Assert.Equal(SampleHeader("-data-rows.csv"), string.Join(',', RevManExport.DataRowsColumns));
        Assert.Equal(SampleHeader("-overall-estimates-and-settings.csv").Replace(",ID", "", StringComparison.Ordinal), string.Join(',', RevManExport.SettingsColumns).Replace(",ID", "", StringComparison.Ordinal));
        Assert.Equal(SampleHeader("-subgroup-estimates.csv"), string.Join(',', RevManExport.SubgroupColumns));
    }

    [Fact]
    public void Settings_AreWrittenInRevManWebsWords()
    {
        var aspirin = RevManExportAnalysis.FromRevMan(RevManReader.Read(RevManFixtures.Rm5).Review!.Comparisons[0].Outcomes[0]);
        var writer = new StringWriter();
        RevManExport.WriteSettings([aspirin with { ComparisonName = "Examples from Fleiss (1993)" }], writer);
        var row = writer.ToString().Split('\n')[1];
        Assert.StartsWith("1,1,Aspirin for Preventing Death after Myocardial Infarction,Examples from Fleiss (1993),Custom input,#N/A,Dichotomous,true,,,,,,,Aspirin,Control,MH,Odds Ratio,,Fixed effect,false,true,false,false,95%,95%,", row, StringComparison.Ordinal);
    }

    [Fact]
    public void OMinusEData_TravelAsGenericLogScaleEstimates()
    {
        var oe = Rm5Document.Outcome("IPD", 1, "TB cases (O-E)", [], new XElement("EFFECT_MEASURE", "Peto Odds Ratio"),
            Colditz1994Bcg.Trials.Select(t => Rm5Document.Data("IPD", t.Id, ("O_E", Colditz1994Bcg.Peto(t.Arms).OMinusE), ("VAR", Colditz1994Bcg.Peto(t.Arms).V))));
        var original = RevManReader.Read(Rm5Document.Review(oe), "oe.rm5").Review!;
        var analysis = RevManExportAnalysis.FromRevMan(original.Comparisons[0].Outcomes[0]);
        Assert.Equal((EffectMeasure.GEN, "Peto Odds Ratio", true), (analysis.Measure, analysis.GenericMeasureName, analysis.GenericLogScale));

        var again = RevManReader.Read(Package([analysis], "OE"), "oe.zip").Review!;
        var outcome = again.Comparisons[0].Outcomes[0];
        Assert.Equal((RevManDataType.GenericInverseVariance, RevManEffectMeasure.PetoOddsRatio, true), (outcome.DataType, outcome.EffectMeasure, outcome.LogScale));
        var before = RevManCheck.Run(original).Rows[0].MetaReview!;
        var after = RevManCheck.Run(again).Rows[0].MetaReview!;
        Assert.Equal(before.Estimate!.Value, after.Estimate!.Value, 1e-14);
        Assert.Equal(before.Heterogeneity!.Chi2!.Value, after.Heterogeneity!.Chi2!.Value, 1e-9);
    }

    [Fact]
    public void Subgroups_AndSwappedEvents_RoundTrip()
    {
        var studies = Colditz1994Bcg.Trials.Select(t => new RevManExportStudy(new StudyInput(t.Id["STD-".Length..], t.Arms), t.Id[^4..], t.Allocation)).ToImmutableArray();
        var analysis = new RevManExportAnalysis
        {
            Name = "TB cases by allocation",
            Measure = EffectMeasure.RR,
            Model = EffectModel.Random,
            Method = PoolingMethod.MH,
            SwapEvents = true,
            Studies = studies,
        };
        var outcome = RevManReader.Read(Package([analysis], "BCG"), "bcg.zip").Review!.Comparisons[0].Outcomes[0];
        Assert.Equal((EffectModel.Random, PoolingMethod.MH, true), (outcome.Model, outcome.Method, outcome.SwapEvents));
        Assert.Equal(["random", "alternate", "systematic"], outcome.Subgroups.Select(s => s.Name));
        Assert.Equal([7, 2, 4], outcome.Subgroups.Select(s => s.Rows.Length));
        Assert.Equal(13, outcome.AllRows.Count());
    }

    [Fact]
    public void WhatRevManCannotHold_IsRefusedWithEveryReason()
    {
        var analysis = new RevManExportAnalysis
        {
            Name = "Ratio of means",
            Measure = EffectMeasure.ROM,
            Studies = [new RevManExportStudy(new StudyInput("Davis", new ContinuousArms(5, 4.7, 13, 6.5, 3.8, 13)))],
        };
        Assert.Equal("Analysis 'Ratio of means': RevMan has no ratio of means (ROM); write it as generic estimates (measure GEN) with their SEs.", Assert.Single(RevManExport.Validate(analysis)));

        var mixed = analysis with
        {
            Name = "Mixed",
            Measure = EffectMeasure.OR,
            Method = PoolingMethod.MH,
            Studies = [.. analysis.Studies, new RevManExportStudy(new StudyInput("MRC-1", new BinaryArms(49, 615, 67, 624)))],
        };
        var e = Assert.Throws<ArgumentException>(() => RevManExport.WriteDataRows([mixed], new StringWriter()));
        Assert.StartsWith("Analysis 'Mixed', study 'Davis': continuous data cannot go into a OR analysis (binary data expected).", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RevManExport.WriteDataPackage([mixed with { Studies = mixed.Studies[1..] }], new MemoryStream(), "../evil"));
    }

    private static string Data(RevManDataRow r) => $"{r.StudyName} {r.Year} {r.EventsE} {r.NE} {r.EventsC} {r.NC} {r.MeanE} {r.SdE} {r.MeanC} {r.SdC}";

    private static byte[] Package(IReadOnlyList<RevManExportAnalysis> analyses, string id)
    {
        using var buffer = new MemoryStream();
        RevManExport.WriteDataPackage(analyses, buffer, id);
        return buffer.ToArray();
    }

    private static string SampleHeader(string suffix)
    {
        using var outer = System.IO.Compression.ZipFile.OpenRead(RevManFixtures.Zip);
        using var nestedStream = new MemoryStream();
        using (var s = outer.Entries.Single(e => e.Name.EndsWith("-data.zip", StringComparison.Ordinal)).Open())
        {
            s.CopyTo(nestedStream);
        }

        using var inner = new System.IO.Compression.ZipArchive(nestedStream);
        using var reader = new StreamReader(inner.Entries.Single(e => e.Name.EndsWith(suffix, StringComparison.Ordinal)).Open(), Encoding.UTF8);
        return reader.ReadLine()!;
    }
}
