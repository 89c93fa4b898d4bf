using MetaReview.Review.Input;
using MetaReview.Statistics.EffectSizes;
using static MetaReview.Review.Tests.Input.InputFiles;

namespace MetaReview.Review.Tests.Input;

/// <summary>
/// Length of hospital stay for stroke patients in specialist care (Normand 1999, Stat Med 18:321), as
/// metadat's dat.normand1999 exported by R's write.csv: metafor's n1i, m1i, sd1i, n2i, m2i, sd2i.
/// </summary>
public class Normand1999InputTests
{
    [Fact]
    public void Dat_normand1999_ReadsNineContinuousStudies_LabelledByTheStudyColumn()
    {
        var data = Succeeded(AnalysisDataReader.Read(Data("dat.normand1999.csv")));

        Assert.Equal(DataType.Continuous, data.DataType);
        Assert.Equal(9, data.K);
        // "study" outranks every other label column, here metadat's study number.
        Assert.Equal(new StudyInput("1", new ContinuousArms(55, 47, 155, 75, 64, 156)), data.Studies[0]);
        Assert.Equal(new StudyInput("9", new ContinuousArms(30, 27, 60, 23, 20, 52)), data.Studies[8]);
        Assert.Equal("Edinburgh", data.FindExtraColumn("source")!.Values[0]);
    }
}
