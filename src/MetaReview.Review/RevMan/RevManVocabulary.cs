using System.Text;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.RevMan;

/// <summary>
/// RevMan's words, in one place: the codes of .rm5 files ("OR", "MH", "RANDOM=YES"), the CSV export ("DIC",
/// "Fixed"), the data package ("Odds Ratio", "Fixed effect") and the long forms ("ODDS_RATIO",
/// "STD_MEAN_DIFFERENCE"), mapped to MetaReview's vocabulary. Matching ignores case, spaces, dots, hyphens and
/// underscores.
/// </summary>
public static class RevManVocabulary
{
    /// <summary>The effect measure a RevMan word names; <see cref="RevManEffectMeasure.Other"/> when it is not a standard one.</summary>
    public static RevManEffectMeasure EffectMeasure(string? text)
    {
        var key = Key(text);
        // "(Non-event)" only labels the display; the swap itself is a separate setting.
        key = key.Replace("NONEVENT", "", StringComparison.Ordinal);
        return key switch
        {
            "OR" or "ODDSRATIO" => RevManEffectMeasure.OddsRatio,
            "RR" or "RISKRATIO" or "RELATIVERISK" => RevManEffectMeasure.RiskRatio,
            "RD" or "RISKDIFFERENCE" => RevManEffectMeasure.RiskDifference,
            "PETOOR" or "PETOODDSRATIO" or "PETO" => RevManEffectMeasure.PetoOddsRatio,
            "MD" or "MEANDIFFERENCE" or "WMD" or "WEIGHTEDMEANDIFFERENCE" => RevManEffectMeasure.MeanDifference,
            "SMD" or "STDMEANDIFFERENCE" or "STANDARDIZEDMEANDIFFERENCE" or "STANDARDISEDMEANDIFFERENCE" => RevManEffectMeasure.StandardisedMeanDifference,
            "HR" or "HAZARDRATIO" => RevManEffectMeasure.HazardRatio,
            _ => RevManEffectMeasure.Other,
        };
    }

    /// <summary>The statistical method a RevMan word names ("MH", "IV", "PETO", "EXP_O_E_VAR" for O−E data), or null.</summary>
    public static PoolingMethod? Method(string? text) => Key(text) switch
    {
        "MH" or "MANTELHAENSZEL" => PoolingMethod.MH,
        "IV" or "INV" or "INVERSE" or "INVERSEVARIANCE" => PoolingMethod.IV,
        "PETO" or "EXPOEVAR" => PoolingMethod.Peto,
        _ => null,
    };

    /// <summary>
    /// The model a RevMan word names: "Fixed", "Fixed effect", "Random", "Random effects"; for the rm5 attribute
    /// <c>RANDOM</c>, "YES" and "NO". Null when not recognised.
    /// </summary>
    public static EffectModel? Model(string? text) => Key(text) switch
    {
        "FIXED" or "FIXEDEFFECT" or "FIXEDEFFECTS" or "COMMONEFFECT" or "NO" => EffectModel.Fixed,
        "RANDOM" or "RANDOMEFFECT" or "RANDOMEFFECTS" or "YES" => EffectModel.Random,
        _ => null,
    };

    /// <summary>
    /// The data type a RevMan word names: "DIC"/"Dichotomous", "CON"/"Continuous", "IPD"/"O-E and variance",
    /// "GIV"/"IV"/"Contrast level". A bare "I" (as R meta abbreviates) is O−E data when the method is
    /// "EXP_O_E_VAR", generic inverse variance otherwise. Null when not recognised.
    /// </summary>
    public static RevManDataType? DataType(string? text, string? method = null) => Key(text) switch
    {
        "DIC" or "DICH" or "D" or "DICHOTOMOUS" => RevManDataType.Dichotomous,
        "CON" or "CONT" or "C" or "CONTINUOUS" => RevManDataType.Continuous,
        "IPD" or "P" or "OE" or "OEANDVARIANCE" or "OEVAR" or "EXPOEVAR" => RevManDataType.OMinusEAndVariance,
        "GIV" or "IV" or "GENERICINVERSEVARIANCE" or "CONTRASTLEVEL" or "GENERIC" => RevManDataType.GenericInverseVariance,
        "I" => Key(method) == "EXPOEVAR" ? RevManDataType.OMinusEAndVariance : RevManDataType.GenericInverseVariance,
        _ => null,
    };

    /// <summary>A risk-of-bias judgement: rm5 "YES"/"NO"/"UNKNOWN", RevMan Web "Low risk", "High risk", "Unclear risk", "Not applicable".</summary>
    public static RevManBiasJudgement Judgement(string? text) => Key(text) switch
    {
        "YES" or "LOW" or "LOWRISK" or "LOWRISKOFBIAS" => RevManBiasJudgement.Low,
        "NO" or "HIGH" or "HIGHRISK" or "HIGHRISKOFBIAS" => RevManBiasJudgement.High,
        "UNKNOWN" or "UNCLEAR" or "UNCLEARRISK" or "UNCLEARRISKOFBIAS" or "SOMECONCERNS" => RevManBiasJudgement.Unclear,
        "NOTAPPLICABLE" or "NA" => RevManBiasJudgement.NotApplicable,
        _ => RevManBiasJudgement.Other,
    };

    /// <summary>
    /// MetaReview's measure for RevMan's, or null when MetaReview has none (hazard ratios and other generic
    /// measures, which MetaReview analyses as generic estimates, <see cref="Statistics.EffectSizes.EffectMeasure.GEN"/>).
    /// </summary>
    public static EffectMeasure? ToMetaReview(RevManEffectMeasure measure) => measure switch
    {
        RevManEffectMeasure.OddsRatio => Statistics.EffectSizes.EffectMeasure.OR,
        RevManEffectMeasure.RiskRatio => Statistics.EffectSizes.EffectMeasure.RR,
        RevManEffectMeasure.RiskDifference => Statistics.EffectSizes.EffectMeasure.RD,
        RevManEffectMeasure.PetoOddsRatio => Statistics.EffectSizes.EffectMeasure.PETO,
        RevManEffectMeasure.MeanDifference => Statistics.EffectSizes.EffectMeasure.MD,
        RevManEffectMeasure.StandardisedMeanDifference => Statistics.EffectSizes.EffectMeasure.SMD,
        _ => null,
    };

    /// <summary>True for ratio measures, analysed on the log scale.</summary>
    public static bool IsRatio(RevManEffectMeasure measure) =>
        measure is RevManEffectMeasure.OddsRatio or RevManEffectMeasure.RiskRatio or RevManEffectMeasure.PetoOddsRatio or RevManEffectMeasure.HazardRatio;

    /// <summary>RevMan's display name of a measure, as the data package writes it ("Odds Ratio", "Std. Mean Difference").</summary>
    public static string DisplayName(RevManEffectMeasure measure) => measure switch
    {
        RevManEffectMeasure.OddsRatio => "Odds Ratio",
        RevManEffectMeasure.RiskRatio => "Risk Ratio",
        RevManEffectMeasure.RiskDifference => "Risk Difference",
        RevManEffectMeasure.PetoOddsRatio => "Peto Odds Ratio",
        RevManEffectMeasure.MeanDifference => "Mean Difference",
        RevManEffectMeasure.StandardisedMeanDifference => "Std. Mean Difference",
        RevManEffectMeasure.HazardRatio => "Hazard Ratio",
        _ => "Other",
    };

    /// <summary>"yes"/"true" → true, "no"/"false" → false, anything else → null.</summary>
    public static bool? YesNo(string? text) => Key(text) switch
    {
        "YES" or "TRUE" or "Y" or "1" => true,
        "NO" or "FALSE" or "N" or "0" => false,
        _ => null,
    };

    // Upper case without spaces, dots, hyphens, underscores, slashes, brackets.
    private static string Key(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                sb.Append(char.ToUpperInvariant(ch));
            }
        }

        return sb.ToString();
    }
}
