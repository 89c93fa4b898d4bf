namespace MetaReview.Records.Tests.Import;

/// <summary>Strict mode fails the whole file on any malformed record, and still reports every problem.</summary>
public class StrictModeTests
{
    [Fact]
    public void MalformedMedline_Strict_FailsWithEveryProblem()
    {
        var r = SharedData.Import("medline/medline_multi_malformed_jabref.txt", new ImportOptions { Strict = true });
        Assert.True(r.Failed);
        Assert.Empty(r.Records);
        Assert.Equal((7, 0, 7), (r.Read, r.Imported, r.Skipped));
        Assert.Equal(7, r.Errors.Count()); // six malformed records and the failure itself
        Assert.Equal("strict mode: 6 malformed record(s); nothing imported", r.Errors.Last().Message);
    }

    [Fact]
    public void WellFormedFile_Strict_ImportsEverything_WarningsDoNotFail()
    {
        var r = SharedData.Import("ris/edge_extraneous_data_rispy.ris", new ImportOptions { Strict = true });
        Assert.False(r.Failed);
        Assert.Equal(2, r.Imported);
        Assert.Equal(2, r.Warnings.Count());
    }
}
