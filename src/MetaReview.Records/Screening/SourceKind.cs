namespace MetaReview.Records.Screening;

/// <summary>Where an export comes from, for the two PRISMA 2020 identification boxes.</summary>
public enum SourceKind
{
    /// <summary>A bibliographic database (PubMed, Embase, Scopus…).</summary>
    Database,

    /// <summary>A trial register (ClinicalTrials.gov, WHO ICTRP…).</summary>
    Register,
}
