namespace MetaReview.Reporting.Report.Document;

/// <summary>One block of a report: <see cref="Heading"/>, <see cref="Paragraph"/>, <see cref="BulletList"/>, <see cref="Table"/> or <see cref="Figure"/>.</summary>
public abstract record Block
{
    private protected Block()
    {
    }
}
