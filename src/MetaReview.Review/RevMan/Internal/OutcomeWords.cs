using MetaReview.Statistics.Models;

namespace MetaReview.Review.RevMan.Internal;

/// <summary>
/// An outcome's data type, effect measure, method and model as a CSV row names them (RevMan 5 export, data package),
/// mapped through <see cref="RevManVocabulary"/>, with a located error for each word not recognised.
/// </summary>
internal sealed record OutcomeWords(RevManDataType Type, RevManEffectMeasure Measure, string MeasureText, PoolingMethod? Method, string MethodText, EffectModel Model)
{
    /// <summary>Ratio measures of dichotomous data and O−E data are analysed on the log scale.</summary>
    public bool DefaultLogScale => Type == RevManDataType.OMinusEAndVariance ||
        (Type == RevManDataType.Dichotomous && Measure is RevManEffectMeasure.OddsRatio or RevManEffectMeasure.RiskRatio or RevManEffectMeasure.PetoOddsRatio);

    /// <summary>An outcome with these words, to be completed by the reader with <c>with</c>.</summary>
    public RevManOutcome Outcome(int comparison, int number, string name, bool logScale, string swap, string studyCi, string totalCi) => new()
    {
        ComparisonNumber = comparison,
        Number = number,
        Name = name,
        DataType = Type,
        EffectMeasure = Measure,
        EffectMeasureText = MeasureText,
        Method = Method,
        MethodText = MethodText,
        Model = Model,
        LogScale = logScale,
        SwapEvents = RevManVocabulary.YesNo(swap) ?? false,
        StudyLevel = RevManNumbers.Level(studyCi) ?? 0.95,
        TotalLevel = RevManNumbers.Level(totalCi) ?? 0.95,
    };

    public static OutcomeWords Read(CsvFields f, CsvRecord r, int type, int method, int measure, int model)
    {
        var measureText = f.Text(r, measure);
        var effect = RevManVocabulary.EffectMeasure(measureText);
        var methodText = f.Text(r, method);
        var typeText = f.Text(r, type);
        // RevMan Web may say only "Arm level"; the measure then tells dichotomous from continuous.
        var dataType = RevManVocabulary.DataType(typeText, methodText) ?? effect switch
        {
            RevManEffectMeasure.OddsRatio or RevManEffectMeasure.RiskRatio or RevManEffectMeasure.RiskDifference or RevManEffectMeasure.PetoOddsRatio => RevManDataType.Dichotomous,
            RevManEffectMeasure.MeanDifference or RevManEffectMeasure.StandardisedMeanDifference => RevManDataType.Continuous,
            _ => (RevManDataType?)null,
        };
        if (dataType is null)
        {
            f.Error(r, type, RevManMessages.UnknownDataType(typeText));
        }

        var pooling = RevManVocabulary.Method(methodText);
        if (pooling is null && methodText.Length > 0)
        {
            f.Error(r, method, RevManMessages.UnknownMethod(methodText));
        }

        var modelText = f.Text(r, model);
        var effectModel = RevManVocabulary.Model(modelText);
        if (effectModel is null && modelText.Length > 0)
        {
            f.Error(r, model, RevManMessages.UnknownModel(modelText));
        }

        var t = dataType ?? RevManDataType.Dichotomous;
        // Without a method: Peto for O−E data, the measure's default for dichotomous data (left to the check), IV otherwise.
        pooling ??= t switch
        {
            RevManDataType.OMinusEAndVariance => PoolingMethod.Peto,
            RevManDataType.Dichotomous => null,
            _ => PoolingMethod.IV,
        };
        return new OutcomeWords(t, effect, measureText, pooling, methodText, effectModel ?? EffectModel.Fixed);
    }
}
