namespace MetaReview.Records.Screening;

/// <summary>The two screening stages of a systematic review (PRISMA 2020: records screened, reports assessed).</summary>
public enum ScreeningStage
{
    /// <summary>Title and abstract screening of records ("title-abstract" in files).</summary>
    TitleAbstract,

    /// <summary>Full-text assessment of reports for eligibility ("full-text" in files).</summary>
    FullText,
}
