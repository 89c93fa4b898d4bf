namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>The mark drawn inside a judgement's circle, so that judgements differ by shape as well as colour.</summary>
public enum JudgementSymbol
{
    /// <summary>+</summary>
    Plus,

    /// <summary>!</summary>
    Exclamation,

    /// <summary>?</summary>
    Question,

    /// <summary>−</summary>
    Minus,

    /// <summary>×</summary>
    Cross,
}
