using MetaReview.Review.RevMan;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>
/// Fleiss (1993, Stat Methods Med Res 2:121) as RevMan keeps it, in all three formats (Fixtures/README.md): every file
/// parses into the same studies, outcomes and data, with what each format stores.
/// </summary>
public class Fleiss1993RevManFilesTests
{
    private static readonly string[] AspirinTrials = ["MRC-1", "CDP", "MRC-2", "GASP", "PARIS", "AMIS", "ISIS-2"];
    private static readonly string[] MentalHealthTrials = ["Davis", "Florell", "Gruen", "Hart", "Wilson"];

    [Fact]
    public void Rm5_ReadsStudiesOutcomesDataRiskOfBiasAndCharacteristics()
    {
        var read = RevManReader.Read(RevManFixtures.Rm5);
        Assert.Empty(read.Problems);
        var review = read.Review!;
        Assert.Equal(RevManFormat.Rm5, review.Format);
        Assert.Equal("Examples from Fleiss 1993", review.Title);
        Assert.Equal("5.0.23", review.RevManVersion);
        Assert.Null(review.StoredDecimals);

        Assert.Equal(12, review.Studies.Length);
        var isis = Assert.Single(review.Studies, s => s.Name == "ISIS-2");
        Assert.Equal(("STD-ISIS_x002d_2", "1988", RevManStudyStatus.Included, "PUB"), (isis.Id, isis.Year, isis.Status, isis.DataSource));

        var comparison = Assert.Single(review.Comparisons);
        Assert.Equal((1, "CMP-001", "Examples from Fleiss (1993)"), (comparison.Number, comparison.Id, comparison.Name));
        Assert.Equal(2, comparison.Outcomes.Length);

        var aspirin = comparison.Outcomes[0];
        Assert.Equal("1.1 Aspirin for Preventing Death after Myocardial Infarction", aspirin.Label);
        Assert.Equal((RevManDataType.Dichotomous, RevManEffectMeasure.OddsRatio, PoolingMethod.MH, EffectModel.Fixed, true),
            (aspirin.DataType, aspirin.EffectMeasure, aspirin.Method, aspirin.Model, aspirin.LogScale));
        Assert.Equal(("Aspirin", "Control", "Favours experimental", "Favours control"), (aspirin.LabelE, aspirin.LabelC, aspirin.GraphLabelLeft, aspirin.GraphLabelRight));
        Assert.Equal(AspirinTrials, aspirin.Rows.Select(r => r.StudyName));
        var isisRow = aspirin.Rows[6];
        Assert.Equal((1570.0, 8587.0, 1720.0, 8600.0), (isisRow.EventsE!.Value, isisRow.NE!.Value, isisRow.EventsC!.Value, isisRow.NC!.Value));
        Assert.Equal(72.87984024392564, isisRow.Stored!.Weight);
        Assert.Equal(0.03880976559851533, isisRow.Stored.StandardError);
        Assert.Equal(0.8968655609130709, aspirin.Results!.Estimate);
        Assert.Equal(new RevManHeterogeneity(9.946055983220074, 6, 0.1269422521561745, 39.67458045558399), aspirin.Results.Heterogeneity);
        Assert.Equal(3.287633061337987, aspirin.Results.Z);

        var mental = comparison.Outcomes[1];
        Assert.Equal((RevManDataType.Continuous, RevManEffectMeasure.StandardisedMeanDifference, PoolingMethod.IV),
            (mental.DataType, mental.EffectMeasure, mental.Method));
        Assert.Equal(MentalHealthTrials, mental.Rows.Select(r => r.StudyName));
        Assert.Equal((4.9, 1.71, 30.0, 6.1, 2.3, 50.0), (mental.Rows[1].MeanE!.Value, mental.Rows[1].SdE!.Value, mental.Rows[1].NE!.Value,
            mental.Rows[1].MeanC!.Value, mental.Rows[1].SdC!.Value, mental.Rows[1].NC!.Value));
        Assert.Null(mental.Results); // RevMan 5.0.23 saved the file without SMD results
        Assert.All(mental.Rows, r => Assert.Null(r.Stored));

        Assert.Equal(6, review.RiskOfBias.Length);
        var concealment = review.RiskOfBias[1];
        Assert.Equal(("QIT-02", "Allocation concealment?", "Was allocation adequately concealed?", false),
            (concealment.Id, concealment.Name, concealment.Description, concealment.PerOutcomeGroup));
        Assert.Equal(12, concealment.Entries.Length);
        Assert.All(concealment.Entries, e => Assert.Equal((RevManBiasJudgement.Unclear, "UNKNOWN"), (e.Judgement, e.JudgementText)));
        Assert.True(review.RiskOfBias[2].PerOutcomeGroup); // "Blinding?" is assessed per outcome group

        Assert.Equal(12, review.Characteristics.Length);
        Assert.Equal(["Methods", "Participants", "Interventions", "Outcomes", "Notes"], review.Characteristics[0].Fields.Select(f => f.Key));
        Assert.Equal("", review.Characteristics[0]["Methods"]);
    }

    [Fact]
    public void RevMan5Csv_ReadsTheTreeAndRoundedResults()
    {
        var read = RevManReader.Read(RevManFixtures.Csv);
        Assert.Empty(read.Problems);
        var review = read.Review!;
        Assert.Equal((RevManFormat.AnalysisCsv, 8), (review.Format, review.StoredDecimals));
        Assert.Equal(12, review.Studies.Length);
        var comparison = Assert.Single(review.Comparisons);
        Assert.Equal("Examples from Fleiss (1993)", comparison.Name);

        var aspirin = comparison.Outcomes[0];
        Assert.Equal((RevManDataType.Dichotomous, RevManEffectMeasure.OddsRatio, PoolingMethod.MH, EffectModel.Fixed), (aspirin.DataType, aspirin.EffectMeasure, aspirin.Method, aspirin.Model));
        Assert.Equal(AspirinTrials, aspirin.Rows.Select(r => r.StudyName));
        Assert.Equal("1988", aspirin.Rows[6].Year);
        Assert.Equal(new RevManHeterogeneity(9.94605598, 6, 0.12694225, 39.67458046), aspirin.Results!.Heterogeneity);
        Assert.Null(aspirin.Rows[0].MeanE); // RevMan writes 0 in the continuous columns of dichotomous rows
        Assert.Equal(new RevManLocation("Fleiss1993_CR.csv", 4), aspirin.Rows[0].Location);

        // The CSV was exported after outcome 1.2 was switched to a mean difference.
        var mental = comparison.Outcomes[1];
        Assert.Equal((RevManEffectMeasure.MeanDifference, PoolingMethod.IV), (mental.EffectMeasure, mental.Method));
        Assert.Equal(-0.70938839, mental.Results!.Estimate);
        Assert.Equal(MentalHealthTrials, mental.Rows.Select(r => r.StudyName));
    }

    [Fact]
    public void DataPackage_ReadsTheNestedArchive_AndTakesZerosForNotComputed()
    {
        var read = RevManReader.Read(RevManFixtures.Zip);
        var warning = Assert.Single(read.Problems);
        Assert.False(warning.IsError);
        Assert.EndsWith("921923100913455418-analysis-data/921923100913455418-overall-estimates-and-settings.csv", warning.Location.File, StringComparison.Ordinal);
        Assert.StartsWith("Fleiss1993.zip!Fleiss1993/921923100913455418-files/921923100913455418-data.zip!", warning.Location.File, StringComparison.Ordinal);
        Assert.Equal((3, "Mean"), (warning.Location.Line, warning.Location.Field));

        var review = read.Review!;
        Assert.Equal((RevManFormat.DataPackage, 6), (review.Format, review.StoredDecimals));
        var aspirin = review.Comparisons[0].Outcomes[0];
        Assert.Equal((RevManDataType.Dichotomous, RevManEffectMeasure.OddsRatio, "Odds Ratio", PoolingMethod.MH, EffectModel.Fixed, true),
            (aspirin.DataType, aspirin.EffectMeasure, aspirin.EffectMeasureText, aspirin.Method, aspirin.Model, aspirin.LogScale));
        Assert.Equal("analysis:444821446161559182", aspirin.Id);
        Assert.Equal(AspirinTrials.Order(StringComparer.Ordinal), aspirin.Rows.Select(r => r.StudyName)); // the package sorts by name
        Assert.Equal(0.896866, aspirin.Results!.Estimate);
        Assert.All(aspirin.Rows, r => Assert.Equal(("SUBGROUP_AND_OVERALL", true), (r.Applicability, r.InOverall)));
        Assert.Null(aspirin.Results.Tau2);

        var mental = review.Comparisons[0].Outcomes[1];
        Assert.Equal(RevManEffectMeasure.StandardisedMeanDifference, mental.EffectMeasure);
        Assert.Null(mental.Results);
        Assert.All(mental.Rows, r => Assert.Null(r.Stored));

        var domain = Assert.Single(review.RiskOfBias);
        Assert.Equal("Allocation concealment?", domain.Name);
        Assert.All(domain.Entries, e => Assert.Equal(RevManBiasJudgement.NotApplicable, e.Judgement));
        Assert.Equal(12, review.Characteristics.Length);
        Assert.Equal(["Methods", "Participants", "Interventions", "Outcomes", "Notes"], review.Characteristics[0].Fields.Select(f => f.Key));
        Assert.Equal("PUB", review.Studies.Single(s => s.Name == "AMIS").DataSource);
    }

    [Fact]
    public void AllThreeFormats_CarryTheSameStudyData()
    {
        var outcomes = new[] { RevManFixtures.Rm5, RevManFixtures.Csv, RevManFixtures.Zip }
            .Select(f => RevManReader.Read(f).Review!.Comparisons[0].Outcomes)
            .ToList();
        for (var o = 0; o < 2; o++)
        {
            var reference = Data(outcomes[0][o]);
            Assert.Equal(reference, Data(outcomes[1][o]));
            Assert.Equal(reference, Data(outcomes[2][o]));
        }

        static string[] Data(RevManOutcome outcome) =>
        [
            .. outcome.Rows.OrderBy(r => r.StudyName, StringComparer.Ordinal)
                .Select(r => $"{r.StudyName} {r.Year} {r.EventsE} {r.NE} {r.EventsC} {r.NC} {r.MeanE} {r.SdE} {r.MeanC} {r.SdC}"),
        ];
    }
}
