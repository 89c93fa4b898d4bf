using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Records.Screening.Internal;

namespace MetaReview.Records.Screening;

/// <summary>
/// How decisions become final, read from <c>DIR/screening/settings.txt</c>:
/// <code>
/// # 1 for single screening, 2 for independent dual screening
/// reviewers-per-record: 2
/// </code>
/// Without the file, one reviewer per record.
/// </summary>
public sealed record ScreeningRules
{
    /// <summary>One reviewer per record.</summary>
    public static ScreeningRules Default { get; } = new();

    /// <summary>
    /// How many reviewers must decide a record before their (agreeing) decision is final: 1 for single
    /// screening, 2 for independent dual screening. Default 1. Disagreeing decisions are a conflict whatever
    /// this number is.
    /// </summary>
    public int ReviewersPerRecord { get; init; } = 1;

    /// <summary>Reads a settings file; a missing file gives <see cref="Default"/>.</summary>
    /// <returns>The rules, and problems (<c>file:line: message</c>) for lines that could not be used.</returns>
    public static (ScreeningRules Rules, ImmutableArray<string> Problems) Read(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), Path.GetFileName(path)) : (Default, []);

    /// <summary>Parses the text of a settings file.</summary>
    public static (ScreeningRules Rules, ImmutableArray<string> Problems) Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = Default;
        var problems = ImmutableArray.CreateBuilder<string>();
        foreach (var (number, line) in SettingLines.Read(text))
        {
            var (name, value) = SettingLines.Split(line);
            name = name.Length == 0 ? line : name;
            if (name is "reviewers-per-record" or "reviewers_per_record")
            {
                if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10)
                {
                    rules = rules with { ReviewersPerRecord = n };
                }
                else
                {
                    problems.Add(string.Create(CultureInfo.InvariantCulture, $"{fileName}:{number}: reviewers-per-record must be a whole number from 1 to 10 (1 single, 2 dual screening), got '{value}'"));
                }
            }
            else
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{fileName}:{number}: unknown setting '{name}'; the one setting is 'reviewers-per-record: N'"));
            }
        }

        return (rules, problems.ToImmutable());
    }
}
