namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>A renderer needs an external program that is not installed; the message says how to install it.</summary>
public sealed class RendererUnavailableException : Exception
{
    public RendererUnavailableException()
    {
    }

    public RendererUnavailableException(string message)
        : base(message)
    {
    }

    public RendererUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
