namespace MetaReview.Reporting.Tests.Support;

/// <summary>Tests that change environment variables (PATH) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
