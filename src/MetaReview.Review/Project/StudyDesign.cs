namespace MetaReview.Review.Project;

/// <summary>A study's design, as it matters for risk of bias (RoB 2 or ROBINS-I) and for GRADE's starting certainty.</summary>
public enum StudyDesign
{
    /// <summary>Individually randomised parallel-group trial.</summary>
    Rct,

    /// <summary>Cluster-randomised trial.</summary>
    ClusterRct,

    /// <summary>Randomised cross-over trial.</summary>
    CrossoverRct,

    /// <summary>Non-randomised controlled study (quasi-randomised, historical or concurrent controls).</summary>
    NonRandomised,

    /// <summary>Cohort study.</summary>
    Cohort,

    /// <summary>Case-control study.</summary>
    CaseControl,

    /// <summary>Any other design (say which in the study's notes).</summary>
    Other,
}
