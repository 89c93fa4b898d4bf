using System.Collections.Immutable;
using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Plots.RiskOfBias;

/// <summary>
/// Colours, symbols and labels of the judgements. <see cref="ColourBlindSafe"/> (the default) takes its
/// colours from the Okabe–Ito palette (bluish green, yellow, vermillion) and Paul Tol's wine, which stay
/// apart under the common colour-vision deficiencies; every judgement also has its own symbol
/// (+ low, ! some concerns or moderate, ? unclear or no information, − high or serious, × critical),
/// so the plot reads in greyscale too. <see cref="Classic"/> has the traffic-light colours of robvis.
/// </summary>
public sealed record RiskOfBiasPalette(ImmutableDictionary<Judgement, JudgementStyle> Styles)
{
    public static RiskOfBiasPalette ColourBlindSafe { get; } = Create(
        low: "#009e73",
        concerns: "#f0e442",
        high: "#d55e00",
        critical: "#882255",
        noInformation: "#d9d9d9");

    /// <summary>robvis's "cochrane" colours (McGuinness &amp; Higgins, Res Synth Methods 2021;12:55–61).</summary>
    public static RiskOfBiasPalette Classic { get; } = Create(
        low: "#02c100",
        concerns: "#e2df07",
        high: "#bf0000",
        critical: "#820000",
        noInformation: "#4ea1f7");

    public JudgementStyle this[Judgement judgement] =>
        Styles.TryGetValue(judgement, out var style)
            ? style
            : throw new KeyNotFoundException($"the risk-of-bias palette has no style for the judgement '{judgement}'");

    private static RiskOfBiasPalette Create(string low, string concerns, string high, string critical, string noInformation)
    {
        JudgementStyle Style(string fill, JudgementSymbol symbol, string label)
        {
            var colour = Color.FromHex(fill);

            // The symbol is white or black, whichever contrasts more with the fill.
            var ink = colour.ContrastWith(Color.White) >= colour.ContrastWith(Color.Black) ? Color.White : Color.Black;
            return new JudgementStyle(colour, symbol, ink, label);
        }

        return new RiskOfBiasPalette(new Dictionary<Judgement, JudgementStyle>
        {
            [Judgement.Low] = Style(low, JudgementSymbol.Plus, "Low"),
            [Judgement.SomeConcerns] = Style(concerns, JudgementSymbol.Exclamation, "Some concerns"),
            [Judgement.Unclear] = Style(concerns, JudgementSymbol.Question, "Unclear"),
            [Judgement.Moderate] = Style(concerns, JudgementSymbol.Exclamation, "Moderate"),
            [Judgement.High] = Style(high, JudgementSymbol.Minus, "High"),
            [Judgement.Serious] = Style(high, JudgementSymbol.Minus, "Serious"),
            [Judgement.Critical] = Style(critical, JudgementSymbol.Cross, "Critical"),
            [Judgement.NoInformation] = Style(noInformation, JudgementSymbol.Question, "No information"),
        }.ToImmutableDictionary());
    }
}
