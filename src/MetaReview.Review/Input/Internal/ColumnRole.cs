namespace MetaReview.Review.Input.Internal;

/// <summary>What a recognised column holds. "E" is the experimental arm, "C" the control arm.</summary>
internal enum ColumnRole
{
    Study,
    EventsE,
    NE,
    EventsC,
    NC,
    NonEventsE,
    NonEventsC,
    MeanE,
    SdE,
    MeanC,
    SdC,
    TimeE,
    TimeC,
    R,
    N,
    Events,
    Yi,
    Vi,
    Sei,
    Estimate,
    CiLower,
    CiUpper,
}
