using System.Globalization;
using System.Text;
using System.Xml.Linq;

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
            sb.Append(new XElement("STUDY", new XAttribute("DATA_SOURCE", "PUB"), new XAttribute("ID", id), new XAttribute("NAME", name), new XAttribute("YEAR", year)));
            sb.Append('\n');
        }

        sb.Append("</INCLUDED_STUDIES></STUDIES></STUDIES_AND_REFERENCES>\n");
        sb.Append("<ANALYSES_AND_DATA CALCULATED_DATA=\"YES\">\n");
        sb.Append(analyses);
        sb.Append("</ANALYSES_AND_DATA>\n</COCHRANE_REVIEW>\n");
        return sb.ToString();
    }

    /// <summary>A review of one comparison holding the given outcomes, with a study per distinct STUDY_ID.</summary>
    public static byte[] Review(params XElement[] outcomes)
    {
        var studies = outcomes.SelectMany(o => o.Descendants()).Select(e => (string?)e.Attribute("STUDY_ID")).OfType<string>().Distinct()
            .Select(id => (id, Name: id["STD-".Length..], Year: id[^4..])).ToArray();
        var comparison = new XElement("COMPARISON", new XAttribute("ID", "CMP-001"), new XAttribute("NO", 1), new XElement("NAME", "Test comparison"), outcomes);
        return Latin1(Review(comparison + "\n", studies));
    }

    /// <summary>An outcome element: DICH_OUTCOME, CONT_OUTCOME, IPD_OUTCOME or IV_OUTCOME, with attributes and children.</summary>
    public static XElement Outcome(string kind, int number, string name, object[] attributes, params object[] children) =>
        new($"{kind}_OUTCOME", attributes, new XAttribute("NO", number), new XAttribute("ID", $"CMP-001.{number:00}"), new XElement("NAME", name),
            new XElement("GROUP_LABEL_1", "Experimental"), new XElement("GROUP_LABEL_2", "Control"), children);

    /// <summary>A data row element with its attributes.</summary>
    public static XElement Data(string kind, string studyId, params (string Name, double Value)[] values) =>
        new($"{kind}_DATA", new XAttribute("STUDY_ID", studyId), values.Select(v => new XAttribute(v.Name, v.Value.ToString("R", CultureInfo.InvariantCulture))));

    /// <summary>The text in ISO-8859-1 (characters above U+00FF are not allowed).</summary>
    public static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
