using MetaReview.Review.RevMan;
using MetaReview.Statistics.EffectSizes;
using MetaReview.Statistics.Models;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>RevMan's words in its three formats and the long forms, mapped to MetaReview's vocabulary.</summary>
public class RevManVocabularyTests
{
    [Theory]
    [InlineData("OR", RevManEffectMeasure.OddsRatio)]
    [InlineData("ODDS_RATIO", RevManEffectMeasure.OddsRatio)]
    [InlineData("Odds Ratio", RevManEffectMeasure.OddsRatio)]
    [InlineData("Odds Ratio (Non-event)", RevManEffectMeasure.OddsRatio)]
    [InlineData("RR", RevManEffectMeasure.RiskRatio)]
    [InlineData("RISK_RATIO", RevManEffectMeasure.RiskRatio)]
    [InlineData("Risk Ratio", RevManEffectMeasure.RiskRatio)]
    [InlineData("RD", RevManEffectMeasure.RiskDifference)]
    [InlineData("RISK_DIFFERENCE", RevManEffectMeasure.RiskDifference)]
    [InlineData("PETO_OR", RevManEffectMeasure.PetoOddsRatio)]
    [InlineData("PETO_ODDS_RATIO", RevManEffectMeasure.PetoOddsRatio)]
    [InlineData("Peto Odds Ratio", RevManEffectMeasure.PetoOddsRatio)]
    [InlineData("MD", RevManEffectMeasure.MeanDifference)]
    [InlineData("MEAN_DIFFERENCE", RevManEffectMeasure.MeanDifference)]
    [InlineData("SMD", RevManEffectMeasure.StandardisedMeanDifference)]
    [InlineData("STD_MEAN_DIFFERENCE", RevManEffectMeasure.StandardisedMeanDifference)]
    [InlineData("Std. Mean Difference", RevManEffectMeasure.StandardisedMeanDifference)]
    [InlineData("Standardized Mean Difference", RevManEffectMeasure.StandardisedMeanDifference)]
    [InlineData("Hazard Ratio", RevManEffectMeasure.HazardRatio)]
    [InlineData("Rate Ratio", RevManEffectMeasure.Other)]
    [InlineData("", RevManEffectMeasure.Other)]
    public void EffectMeasures(string word, RevManEffectMeasure expected) => Assert.Equal(expected, RevManVocabulary.EffectMeasure(word));

    [Theory]
    [InlineData(RevManEffectMeasure.OddsRatio, EffectMeasure.OR)]
    [InlineData(RevManEffectMeasure.RiskRatio, EffectMeasure.RR)]
    [InlineData(RevManEffectMeasure.RiskDifference, EffectMeasure.RD)]
    [InlineData(RevManEffectMeasure.PetoOddsRatio, EffectMeasure.PETO)]
    [InlineData(RevManEffectMeasure.MeanDifference, EffectMeasure.MD)]
    [InlineData(RevManEffectMeasure.StandardisedMeanDifference, EffectMeasure.SMD)]
    [InlineData(RevManEffectMeasure.HazardRatio, null)]
    public void ToMetaReview(RevManEffectMeasure measure, EffectMeasure? expected) => Assert.Equal(expected, RevManVocabulary.ToMetaReview(measure));

    [Theory]
    [InlineData("MH", PoolingMethod.MH)]
    [InlineData("M-H", PoolingMethod.MH)]
    [InlineData("IV", PoolingMethod.IV)]
    [InlineData("Inverse Variance", PoolingMethod.IV)]
    [InlineData("PETO", PoolingMethod.Peto)]
    [InlineData("Peto", PoolingMethod.Peto)]
    [InlineData("EXP_O_E_VAR", PoolingMethod.Peto)]
    [InlineData("REML", null)]
    public void Methods(string word, PoolingMethod? expected) => Assert.Equal(expected, RevManVocabulary.Method(word));

    [Theory]
    [InlineData("Fixed", EffectModel.Fixed)]
    [InlineData("Fixed effect", EffectModel.Fixed)]
    [InlineData("NO", EffectModel.Fixed)]
    [InlineData("Random", EffectModel.Random)]
    [InlineData("Random effects", EffectModel.Random)]
    [InlineData("Random effect", EffectModel.Random)]
    [InlineData("YES", EffectModel.Random)]
    [InlineData("Bayesian", null)]
    public void Models(string word, EffectModel? expected) => Assert.Equal(expected, RevManVocabulary.Model(word));

    [Theory]
    [InlineData("DIC", null, RevManDataType.Dichotomous)]
    [InlineData("Dichotomous", null, RevManDataType.Dichotomous)]
    [InlineData("CON", null, RevManDataType.Continuous)]
    [InlineData("Continuous", null, RevManDataType.Continuous)]
    [InlineData("IPD", null, RevManDataType.OMinusEAndVariance)]
    [InlineData("O-E and variance", null, RevManDataType.OMinusEAndVariance)]
    [InlineData("GIV", null, RevManDataType.GenericInverseVariance)]
    [InlineData("Contrast level", null, RevManDataType.GenericInverseVariance)]
    [InlineData("I", "EXP_O_E_VAR", RevManDataType.OMinusEAndVariance)]
    [InlineData("I", "IV", RevManDataType.GenericInverseVariance)]
    [InlineData("Arm level", null, null)]
    public void DataTypes(string word, string? method, RevManDataType? expected) => Assert.Equal(expected, RevManVocabulary.DataType(word, method));

    [Theory]
    [InlineData("YES", RevManBiasJudgement.Low)]
    [InlineData("Low risk", RevManBiasJudgement.Low)]
    [InlineData("NO", RevManBiasJudgement.High)]
    [InlineData("High risk", RevManBiasJudgement.High)]
    [InlineData("UNKNOWN", RevManBiasJudgement.Unclear)]
    [InlineData("Unclear risk", RevManBiasJudgement.Unclear)]
    [InlineData("Not applicable", RevManBiasJudgement.NotApplicable)]
    [InlineData("Probably fine", RevManBiasJudgement.Other)]
    public void Judgements(string word, RevManBiasJudgement expected) => Assert.Equal(expected, RevManVocabulary.Judgement(word));
}
