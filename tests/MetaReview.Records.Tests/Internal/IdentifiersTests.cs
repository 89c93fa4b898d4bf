using MetaReview.Records.Internal;

namespace MetaReview.Records.Tests.Internal;

/// <summary>Identifiers in the forms the sample exports write them.</summary>
public class IdentifiersTests
{
    [Theory]
    [InlineData("10.1002/cpp.2398", "10.1002/cpp.2398")]
    [InlineData("http://dx.doi.org/10.1002/CPP.2398", "10.1002/cpp.2398")] // Ovid DO
    [InlineData("https://doi.org/10.1016/s2215-0366(15)00368-5", "10.1016/s2215-0366(15)00368-5")]
    [InlineData("doi:10.1186/1471-2105-7-10.", "10.1186/1471-2105-7-10")]
    [InlineData("10.4103/2277-9175.180636 [doi]", "10.4103/2277-9175.180636")] // MEDLINE LID
    [InlineData("http://sfx.library.uu.nl/utrecht?sid=EMBASE&issn=0008543X&id=doi:10.1002%2Fcncr.20369&atitle=Endoscopic", "10.1002/cncr.20369")]
    [InlineData("ISBN 978-3-86680-192-9", null)]
    [InlineData("", null)]
    public void Doi(string value, string? expected) => Assert.Equal(expected, Identifiers.NormalizeDoi(value));

    [Theory]
    [InlineData("20481061", "20481061")]
    [InlineData("PMID: 0015368318", "15368318")]
    [InlineData("rayyan-264552525", null)]
    [InlineData("2214991469; 51887", null)] // ten digits: a ProQuest number, not a PMID
    public void Pmid(string value, string? expected) => Assert.Equal(expected, Identifiers.NormalizePmid(value));

    [Theory]
    [InlineData("WOS:000424022700066", "WOS:000424022700066")]
    [InlineData("ISI:000238592600006", "WOS:000238592600006")]
    [InlineData("<Go to ISI>://000200148800007", "WOS:000200148800007")]
    [InlineData("000200148800007", "WOS:000200148800007")]
    public void WosUt(string value, string? expected) => Assert.Equal(expected, Identifiers.NormalizeWosUt(value));

    [Fact]
    public void FromUrl_FindsEachIdentifier()
    {
        Assert.Equal("22752652", Identifiers.FromUrl("https://pubmed.ncbi.nlm.nih.gov/22752652/").Pmid);
        Assert.Equal("22752652", Identifiers.FromUrl("http://www.ncbi.nlm.nih.gov/pubmed/22752652").Pmid);
        Assert.Equal("PMC3553406", Identifiers.FromUrl("http://europepmc.org/articles/PMC3553406").Pmcid);
        var scopus = Identifiers.FromUrl("https://www.scopus.com/inward/record.uri?eid=2-s2.0-85074596690&doi=10.1016%2fj.psyneuen.2019.104501&partnerID=40");
        Assert.Equal(("2-s2.0-85074596690", "10.1016/j.psyneuen.2019.104501"), (scopus.ScopusEid, scopus.Doi));
        Assert.Equal(default, Identifiers.FromUrl("https://lens.org/000-463-679-101-319"));
    }
}
