namespace MetaReview.Records.Screening;

/// <summary>How far a reviewer is with a stage.</summary>
public sealed record ScreeningProgress
{
    /// <summary>Records at the stage (title/abstract: all; full text: those that passed title/abstract); when resolving, the conflicts plus those resolved in the session.</summary>
    public required int Candidates { get; init; }

    /// <summary>Records this reviewer has decided at the stage (resolved, when resolving).</summary>
    public required int Decided { get; init; }

    /// <summary>Records still waiting for this reviewer.</summary>
    public required int Remaining { get; init; }

    /// <summary>The reviewer's inclusions.</summary>
    public required int Included { get; init; }

    /// <summary>The reviewer's exclusions.</summary>
    public required int Excluded { get; init; }

    /// <summary>The reviewer's "maybe" decisions.</summary>
    public required int Maybe { get; init; }

    /// <summary>Reports the reviewer could not retrieve (full text).</summary>
    public required int NotRetrieved { get; init; }

    /// <summary>Records in conflict at the stage.</summary>
    public required int Conflicts { get; init; }

    /// <summary>Decided as a fraction of decided + remaining (1 when there is nothing to do).</summary>
    public double Fraction => Decided + Remaining == 0 ? 1 : (double)Decided / (Decided + Remaining);
}
