namespace MetaReview.Records.Prioritisation.Internal;

/// <summary>A classifier trained on labelled rows of a <see cref="TfIdfMatrix"/> that scores any row (higher = more likely relevant).</summary>
internal interface IRelevanceModel
{
    /// <summary>Trains on the labelled rows (both classes present), starting from the previous fit when there is one.</summary>
    void Fit(TfIdfMatrix x, ReadOnlySpan<int> rows, ReadOnlySpan<bool> relevant);

    /// <summary>The score of a row; only the order of scores matters.</summary>
    double Score(TfIdfMatrix x, int row);
}
