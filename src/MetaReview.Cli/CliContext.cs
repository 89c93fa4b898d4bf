namespace MetaReview.Cli;

/// <summary>Where a command writes: standard output and standard error (real or in-memory).</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>True when standard error is an interactive terminal (progress bars are shown only then).</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;
}
