using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>How one judgement is shown: circle fill, the symbol inside and its colour, and the legend label.</summary>
public sealed record JudgementStyle(Color Fill, JudgementSymbol Symbol, Color SymbolColor, string Label);
