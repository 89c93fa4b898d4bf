using MetaReview.Records.Prioritisation;

namespace MetaReview.Records.Tests.Prioritisation;

/// <summary>The prioritiser's bookkeeping: labels, undo, ranking before and after training.</summary>
public class PrioritiserTests
{
    [Fact]
    public void BeforeBothClassesAreLabelled_TheGivenOrderStands()
    {
        var prioritiser = new Prioritiser(TfIdfMatrix.Build(CohenData.Texts.Take(200)));
        prioritiser.Label(25, true); // record_id 26, included
        Assert.False(prioritiser.CanTrain);
        Assert.False(prioritiser.Train());
        int[] candidates = [199, 3, 50, 7];
        Assert.Equal(candidates, prioritiser.Rank(candidates));
        Assert.Equal(0, prioritiser.Best());
        Assert.Equal(0, prioritiser.Score(10));
    }

    [Fact]
    public void AfterTraining_IncludedRecordsRankAboveTheMedian()
    {
        var labels = CohenData.Labelled.Relevant;
        var matrix = TfIdfMatrix.Build(CohenData.Texts);
        var prioritiser = new Prioritiser(matrix);

        // Train on the first half of the file; rank the second half.
        var half = matrix.Count / 2;
        for (var row = 0; row < half; row++)
        {
            prioritiser.Label(row, labels[row]);
        }

        Assert.True(prioritiser.Train());
        Assert.True(prioritiser.IsTrained);
        var rest = Enumerable.Range(half, matrix.Count - half).ToArray();
        var ranked = prioritiser.Rank(rest);
        Assert.Equal(rest.Order(), ranked.Order());
        var positions = ranked.Select((row, position) => (row, position)).Where(x => labels[x.row]).Select(x => x.position).ToList();
        Assert.NotEmpty(positions);

        // Better than chance: the included records' median position is in the first quarter.
        var median = positions.Order().ElementAt(positions.Count / 2);
        Assert.True(median < ranked.Length / 4, $"median position of the {positions.Count} included records: {median} of {ranked.Length}");
        Assert.Equal(ranked[0], prioritiser.Best());
    }

    [Fact]
    public void Unlabel_UndoesALabel()
    {
        var prioritiser = new Prioritiser(TfIdfMatrix.Build(CohenData.Texts.Take(200)));
        prioritiser.Label(25, true);
        prioritiser.Label(0, false);
        Assert.True(prioritiser.Train());
        prioritiser.Unlabel(25);
        Assert.False(prioritiser.IsTrained);
        Assert.False(prioritiser.CanTrain);
        Assert.Equal(1, prioritiser.LabelledCount);
        Assert.Equal(0, prioritiser.RelevantCount);
        prioritiser.Label(0, true); // relabel changes the counts, not the number labelled
        Assert.Equal(1, prioritiser.LabelledCount);
        Assert.Equal(1, prioritiser.RelevantCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => prioritiser.Label(200, true));
    }
}
