namespace MetaReview.Cli;

/// <summary>
/// Bad input found by a command (a file, a column, a value): its message is shown as it is, and the
/// process exits with code 2.
/// </summary>
public sealed class CliInputException : Exception
{
    public CliInputException(string message)
        : base(message)
    {
    }

    public CliInputException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public CliInputException()
    {
    }
}
