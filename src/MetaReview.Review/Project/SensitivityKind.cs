namespace MetaReview.Review.Project;

/// <summary>What a planned sensitivity analysis changes.</summary>
public enum SensitivityKind
{
    /// <summary>Leaves out the studies whose overall risk of bias is high (RoB 2, RoB 1), serious or critical (ROBINS-I).</summary>
    ExcludeHighRiskOfBias,

    /// <summary>Leaves out the named studies.</summary>
    ExcludeStudies,

    /// <summary>Repeats the analysis leaving out each study in turn.</summary>
    LeaveOneOut,

    /// <summary>Changes analysis settings only (e.g. the fixed-effect model, another tau² estimator).</summary>
    Settings,
}
