using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>
/// Bad input never throws: every damaged version of the ALS review loads to a result, and every problem it
/// has is located inside the file.
/// </summary>
public class RobustnessTests
{
    private static readonly string[] Lines = AlsExerciseProject.Yaml.Split('\n');
    private static readonly string Folder = ReviewFiles.NewFolder();

    public static TheoryData<int> LineNumbers()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Lines.Length; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LineNumbers))]
    public void DamagedLines_GiveLocatedProblems_NeverExceptions(int line)
    {
        string[] damaged =
        [
            Join(Lines.Where((_, i) => i != line)),                                                // line deleted
            Join(Lines.Select((l, i) => i == line ? l.Replace(':', ' ') : l)),                      // key separator lost
            Join(Lines.Select((l, i) => i == line ? l + " ]" : l)),                                 // stray bracket
            Join(Lines.Select((l, i) => i == line ? Digits(l, "-0") : l)),                           // numbers negated
            Join(Lines.Select((l, i) => i == line ? Digits(l, "NaN") : l)),                          // numbers not finite
            Join(Lines.Select((l, i) => i == line ? "  " + l : l)),                                 // indentation shifted
        ];
        foreach (var text in damaged)
        {
            var result = ReviewProjectLoader.Parse(text, "review.yaml", Folder);
            Assert.Equal(result.Problems.IsEmpty, result.Succeeded);
            Assert.All(result.Problems.Concat(result.Warnings), p =>
            {
                Assert.Equal("review.yaml", p.Location.File);
                Assert.InRange(p.Location.Line, 1, text.Split('\n').Length + 1);
                Assert.False(string.IsNullOrWhiteSpace(p.Message));
            });
        }
    }

    private static string Join(IEnumerable<string> lines) => string.Join("\n", lines);

    /// <summary>Every number after ": " replaced by <paramref name="replacement"/> followed by the number.</summary>
    private static string Digits(string line, string replacement) =>
        System.Text.RegularExpressions.Regex.Replace(line, @"(?<=: )(\d)", replacement == "NaN" ? "NaN" : replacement + "$1");
}
