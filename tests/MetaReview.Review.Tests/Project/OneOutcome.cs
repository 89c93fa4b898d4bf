namespace MetaReview.Review.Tests.Project;

/// <summary>
/// A review file with three studies (s1 included, s2 awaiting data, s3 excluded) and one outcome whose data
/// entries start on line 14, indented by 6 spaces, so that tests can give exact places.
/// </summary>
internal static class OneOutcome
{
    /// <summary>The line of the first data entry.</summary>
    public const int FirstDataLine = 14;

    public static string Yaml(string type, string measure, string data)
    {
        var header = $"""
            title: T
            studies:
              - {"{"}id: s1, citation: c, design: rct{"}"}
              - {"{"}id: s2, citation: c, design: rct, status: awaiting-data{"}"}
              - {"{"}id: s3, citation: c, design: rct, status: excluded, criterion: design{"}"}
            eligibility: [{"{"}id: design, text: RCTs{"}"}]
            outcomes:
              - id: o1
                name: O
                type: {type}
                measure: {measure}
                direction: higher-is-better
                data:

            """;
        var entries = string.Join("\n", data.Split('\n').Select(l => l.Length == 0 ? l : "      " + l));
        return header + entries + "\n";
    }
}
