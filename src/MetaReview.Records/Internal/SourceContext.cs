namespace MetaReview.Records.Internal;

/// <summary>What every reader needs to know about the file it reads: its name, the options, the format.</summary>
internal sealed class SourceContext(string file, RecordFormat format, ImportOptions options)
{
    public string File { get; } = file;

    public RecordFormat Format { get; } = format;

    public ImportOptions Options { get; } = options;

    public ImportProblem Error(int line, int column, string message) =>
        new(File, line, column, ProblemSeverity.Error, message);

    public ImportProblem Warning(int line, int column, string message) =>
        new(File, line, column, ProblemSeverity.Warning, message);

    public RecordBuilder NewRecord(int line) => new(this, line);
}
