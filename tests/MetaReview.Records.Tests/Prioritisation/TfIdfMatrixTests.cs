using MetaReview.Records.Prioritisation;

namespace MetaReview.Records.Tests.Prioritisation;

/// <summary>TF-IDF weights against an independent computation in R (Reference/prioritisation.R).</summary>
public class TfIdfMatrixTests
{
    /// <summary>Weights are stored in single precision: about 7 significant digits.</summary>
    private const double SinglePrecision = 1e-6;

    [Fact]
    public void Weights_MatchR_ForCohen2006Records()
    {
        var rows = ReferenceFixture.Scores;
        var matrix = TfIdfMatrix.Build(rows.Select(r => CohenData.Texts[r.RecordId - 1]));
        Assert.Equal(93, matrix.Count);
        Assert.Equal(2291, matrix.Features);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i].Terms, matrix.Terms(i).Length);
        }

        var byRow = rows.Select((r, i) => (r.RecordId, i)).ToDictionary(x => x.RecordId, x => x.i);
        foreach (var recordId in ReferenceFixture.Weights.Select(w => w.RecordId).Distinct())
        {
            var expected = ReferenceFixture.Weights.Where(w => w.RecordId == recordId).ToList();
            var row = byRow[recordId];
            var terms = matrix.Terms(row);
            var weights = matrix.Weights(row);
            Assert.Equal(expected.Count, terms.Length);
            foreach (var (_, term, weight) in expected)
            {
                var k = terms.IndexOf(matrix.TermIndex(term));
                Assert.True(k >= 0, $"record {recordId}: term '{term}' missing");
                Assert.Equal(weight, weights[k], SinglePrecision);
            }
        }
    }

    [Fact]
    public void Rows_HaveUnitLength_AndEmptyDocumentsHaveNoTerms()
    {
        var matrix = TfIdfMatrix.Build(["Captopril in hypertension: captopril versus placebo", null, "the of and", "Enalapril 20 mg"]);
        Assert.Equal(4, matrix.Count);
        Assert.Equal(1.0, Math.Sqrt(matrix.Weights(0).ToArray().Sum(w => (double)w * w)), SinglePrecision);
        Assert.Equal(0, matrix.Terms(1).Length);
        Assert.Equal(0, matrix.Terms(2).Length); // stop words only
        Assert.Equal(-1, matrix.TermIndex("20")); // numbers alone are not terms
        Assert.Equal(2, matrix.Terms(3).Length); // enalapril, mg
    }

    [Fact]
    public void Add_GivesTheSameWeightsAsBuildingAtOnce()
    {
        var texts = CohenData.Texts.Take(300).ToList();
        var once = TfIdfMatrix.Build(texts);
        var grown = TfIdfMatrix.Build(texts.Take(120));
        grown.Add(texts.Skip(120));
        Assert.Equal(once.Count, grown.Count);
        Assert.Equal(once.Features, grown.Features);
        for (var row = 0; row < once.Count; row++)
        {
            Assert.Equal(once.Terms(row).ToArray(), grown.Terms(row).ToArray());
            Assert.Equal(once.Weights(row).ToArray(), grown.Weights(row).ToArray());
        }
    }
}
