namespace MetaReview.Cli.Commands.Analyze;

/// <summary>The engine's message for the user, without the " (Parameter 'x')" that .NET appends to argument exceptions.</summary>
internal static class EngineMessage
{
    public static string Of(Exception e) =>
        e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
}
