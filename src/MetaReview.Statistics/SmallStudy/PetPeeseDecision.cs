namespace MetaReview.Statistics.SmallStudy;

/// <summary>How PET-PEESE decides whether PET's intercept (the effect at SE → 0) is significant.</summary>
public enum PetPeeseDecision
{
    /// <summary>
    /// One-sided t test of H₀: β₀ = 0 against an effect in the direction of the weighted mean of the yᵢ, at
    /// <see cref="PetPeeseOptions.Alpha"/> (Stanley and Doucouliagos 2014, who test for a genuine effect in the
    /// expected direction). The default.
    /// </summary>
    OneSided,

    /// <summary>Two-sided t test at <see cref="PetPeeseOptions.Alpha"/> (as described in metafor's <c>regtest</c> notes).</summary>
    TwoSided,
}
