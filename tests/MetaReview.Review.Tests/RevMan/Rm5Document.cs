using System.Text;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>Small RevMan 5 review files for tests, laid out as RevMan 5 writes them (see Fixtures/Fleiss1993.rm5).</summary>
internal static class Rm5Document
{
    /// <summary>A review with the given studies (ID, NAME, YEAR) and analyses XML (the children of ANALYSES_AND_DATA).</summary>
    public static string Review(string analyses, params (string Id, string Name, string Year)[] studies)
    {
        var sb = new StringBuilder();
        sb.Append("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" standalone=\"no\"?>\n");
        sb.Append("<COCHRANE_REVIEW REVMAN_SUB_VERSION=\"5.3.5\" TYPE=\"INTERVENTION\">\n");
        sb.Append("<COVER_SHEET><TITLE>Test review</TITLE></COVER_SHEET>\n");
        sb.Append("<STUDIES_AND_REFERENCES><STUDIES><INCLUDED_STUDIES>\n");
        foreach (var (id, name, year) in studies)
        {
            sb.Append($"<STUDY DATA_SOURCE=\"PUB\" ID=\"{id}\" NAME=\"{name}\" YEAR=\"{year}\"/>\n");
        }

        sb.Append("</INCLUDED_STUDIES></STUDIES></STUDIES_AND_REFERENCES>\n");
        sb.Append("<ANALYSES_AND_DATA CALCULATED_DATA=\"YES\">\n");
        sb.Append(analyses);
        sb.Append("</ANALYSES_AND_DATA>\n</COCHRANE_REVIEW>\n");
        return sb.ToString();
    }

    /// <summary>The text in ISO-8859-1 (characters above U+00FF are not allowed).</summary>
    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
