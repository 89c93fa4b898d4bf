namespace MetaReview.Reporting.Tests.Support;

/// <summary>
/// A theory that runs external programs (<see cref="ExternalTool"/>): skipped, with the Debian packages to
/// install as the reason, when one of them is not installed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class TheoryNeedingToolsAttribute : TheoryAttribute
{
    public TheoryNeedingToolsAttribute(params string[] programs)
    {
        Programs = programs;
        Skip = ExternalTool.MissingReason(programs);
    }

    public IReadOnlyList<string> Programs { get; }
}
