using MetaReview.Records.Screening;

namespace MetaReview.Records.Tests.Screening;

/// <summary>The small hand-written files of a review folder: keywords, criteria, settings.</summary>
public class ScreeningFilesTests
{
    [Fact]
    public void Keywords_WildcardsPhrasesAndWholeWords()
    {
        var (keywords, problems) = ScreeningKeywords.Parse("# ACE inhibitors\ninclude: ace inhibitor*, randomi*ed, enalapril\nexclude: rat*, in vitro\nincludes enalapril\n", "keywords.txt");
        Assert.Equal(["keywords.txt:4: expected 'include: word, word…' or 'exclude: word, word…', got 'includes enalapril'"], problems.ToArray());
        Assert.Equal(["ace inhibitor*", "randomi*ed", "enalapril"], keywords.Include.ToArray());
        const string text = "A randomized trial of ACE inhibitors (enalapril) in rats; in  vitro data, and a ratio of ACE-inhibitor doses. Enalaprilat.";
        var found = keywords.Find(text).Select(h => (text.Substring(h.Start, h.Length), h.Kind)).ToList();
        Assert.Equal(
            [
                ("randomized", HighlightKind.Include), ("ACE inhibitors", HighlightKind.Include), ("enalapril", HighlightKind.Include),
                ("rats", HighlightKind.Exclude), ("in  vitro", HighlightKind.Exclude), ("ratio", HighlightKind.Exclude), ("ACE-inhibitor", HighlightKind.Include),
            ],
            found);
    }

    [Fact]
    public void Keywords_ScoreIncludeMinusExclude()
    {
        var keywords = ScreeningKeywords.Create(["inflammatory bowel disease", "psycholog*"], ["rat", "mice"]);
        var record = new Record { Title = "Psychological stress in mice", Abstract = "Inflammatory bowel disease in mice and rat models.", SourceFile = "x", SourceLine = 1 };
        Assert.Equal(2 - 3, keywords.Score(record));
        Assert.Equal(0, ScreeningKeywords.None.Score(record));
    }

    [Fact]
    public void Criteria_IdsAndDescriptions()
    {
        var (criteria, problems) = EligibilityCriteria.Parse("\uFEFF# criteria\nE1: not a randomised trial\nE2 : adults only\nE1: again\nno colon here\n", "criteria.txt");
        Assert.Equal([new EligibilityCriterion("E1", "not a randomised trial"), new EligibilityCriterion("E2", "adults only")], criteria.ToArray());
        Assert.Equal(
            ["criteria.txt:4: criterion 'E1' is defined twice", "criteria.txt:5: expected 'ID: description' (an ID of letters, digits, '.', '-' or '_', e.g. 'E2: not a randomised trial'), got 'no colon here'"],
            problems.ToArray());
        Assert.True(EligibilityCriteria.IsValidId("wrong_population-2"));
        Assert.False(EligibilityCriteria.IsValidId("wrong population"));
    }

    [Fact]
    public void Settings_ReviewersPerRecord()
    {
        Assert.Equal(2, ScreeningRules.Parse("# dual\nreviewers-per-record: 2\n", "settings.txt").Rules.ReviewersPerRecord);
        var (rules, problems) = ScreeningRules.Parse("reviewers-per-record: two\nblind: yes\n", "settings.txt");
        Assert.Equal(1, rules.ReviewersPerRecord);
        Assert.Equal(
            ["settings.txt:1: reviewers-per-record must be a whole number from 1 to 10 (1 single, 2 dual screening), got 'two'", "settings.txt:2: unknown setting 'blind'; the one setting is 'reviewers-per-record: N'"],
            problems.ToArray());
    }
}
