namespace MetaReview.Records.Prioritisation;

/// <summary>The classifier that ranks unscreened records.</summary>
public enum RelevanceModelKind
{
    /// <summary>L2-regularised logistic regression with balanced class weights (<c>logistic</c>).</summary>
    Logistic,

    /// <summary>Multinomial naive Bayes on the TF-IDF weights with equal class priors (<c>nb</c>), as ASReview's default model.</summary>
    NaiveBayes,
}
