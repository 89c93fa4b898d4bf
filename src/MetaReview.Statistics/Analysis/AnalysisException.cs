namespace MetaReview.Statistics.Analysis;

/// <summary>An analysis that cannot be carried out with the data and settings given (e.g. no estimable study).</summary>
public sealed class AnalysisException : Exception
{
    /// <summary>Creates the exception with a plain-sentence message.</summary>
    public AnalysisException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public AnalysisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public AnalysisException()
    {
    }
}
