namespace MetaReview.Records.Screening;

/// <summary>The words files and the command line use for stages and decisions ("title-abstract", "not-retrieved"…).</summary>
public static class ScreeningNames
{
    /// <summary>"title-abstract" or "full-text".</summary>
    public static string Of(ScreeningStage stage) => stage switch
    {
        ScreeningStage.TitleAbstract => "title-abstract",
        _ => "full-text",
    };

    /// <summary>"include", "exclude", "maybe", "not-retrieved" or "retract".</summary>
    public static string Of(ScreeningDecision decision) => decision switch
    {
        ScreeningDecision.Include => "include",
        ScreeningDecision.Exclude => "exclude",
        ScreeningDecision.Maybe => "maybe",
        ScreeningDecision.NotRetrieved => "not-retrieved",
        _ => "retract",
    };

    /// <summary>The stage a word names ("title-abstract", "full-text" and a few short forms, any case), or null.</summary>
    public static ScreeningStage? Stage(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "title-abstract" or "title/abstract" or "ta" or "title" or "abstract" => ScreeningStage.TitleAbstract,
        "full-text" or "fulltext" or "ft" => ScreeningStage.FullText,
        _ => null,
    };

    /// <summary>The decision a word names (as <see cref="Of(ScreeningDecision)"/> writes it, any case), or null.</summary>
    public static ScreeningDecision? Decision(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "include" => ScreeningDecision.Include,
        "exclude" => ScreeningDecision.Exclude,
        "maybe" => ScreeningDecision.Maybe,
        "not-retrieved" => ScreeningDecision.NotRetrieved,
        "retract" => ScreeningDecision.Retract,
        _ => null,
    };
}
