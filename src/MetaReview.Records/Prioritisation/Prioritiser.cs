using System.Diagnostics;
using MetaReview.Records.Prioritisation.Internal;

namespace MetaReview.Records.Prioritisation;

/// <summary>
/// Active learning for screening: holds the labels given so far, retrains the model after each one (from the
/// previous fit) and ranks the records not yet screened, most likely relevant first. Until both an
/// inclusion and an exclusion have been labelled there is nothing to learn from, and the caller's order stands.
/// </summary>
public sealed class Prioritiser
{
    private readonly TfIdfMatrix _features;
    private readonly IRelevanceModel _model;
    private readonly Dictionary<int, bool> _labels = [];
    private int _relevant;
    private bool _trained;

    /// <summary>A prioritiser over the rows of <paramref name="features"/>.</summary>
    public Prioritiser(TfIdfMatrix features, PrioritiserOptions? options = null)
    {
        _features = features ?? throw new ArgumentNullException(nameof(features));
        Options = options ?? PrioritiserOptions.Default;
        _model = Options.Model == RelevanceModelKind.NaiveBayes
            ? new NaiveBayesModel(Options.Alpha)
            : new LogisticRegressionModel(Options);
    }

    /// <summary>The settings.</summary>
    public PrioritiserOptions Options { get; }

    /// <summary>The features.</summary>
    public TfIdfMatrix Features => _features;

    /// <summary>Rows labelled so far.</summary>
    public int LabelledCount => _labels.Count;

    /// <summary>Rows labelled relevant so far.</summary>
    public int RelevantCount => _relevant;

    /// <summary>True when both classes have labels, so that a model can be trained.</summary>
    public bool CanTrain => _relevant > 0 && _relevant < _labels.Count;

    /// <summary>True when the scores come from a model trained on the current labels.</summary>
    public bool IsTrained => _trained;

    /// <summary>How long the last <see cref="Train"/> took.</summary>
    public TimeSpan LastTrainingTime { get; private set; }

    /// <summary>Whether a row has a label.</summary>
    public bool IsLabelled(int row) => _labels.ContainsKey(row);

    /// <summary>Labels a row (or changes its label). Call <see cref="Train"/> before ranking again.</summary>
    public void Label(int row, bool relevant)
    {
        if ((uint)row >= (uint)_features.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"rows are 0 to {_features.Count - 1}");
        }

        if (_labels.TryGetValue(row, out var old))
        {
            _relevant -= old ? 1 : 0;
        }

        _labels[row] = relevant;
        _relevant += relevant ? 1 : 0;
        _trained = false;
    }

    /// <summary>Removes a row's label (an undo).</summary>
    public void Unlabel(int row)
    {
        if (_labels.Remove(row, out var old))
        {
            _relevant -= old ? 1 : 0;
            _trained = false;
        }
    }

    /// <summary>Retrains on the current labels, starting from the previous fit; false when only one class has labels.</summary>
    public bool Train()
    {
        if (!CanTrain)
        {
            _trained = false;
            return false;
        }

        var clock = Stopwatch.StartNew();
        var rows = new int[_labels.Count];
        var relevant = new bool[_labels.Count];
        var i = 0;
        foreach (var (row, label) in _labels.OrderBy(kv => kv.Key))
        {
            rows[i] = row;
            relevant[i] = label;
            i++;
        }

        _model.Fit(_features, rows, relevant);
        _trained = true;
        LastTrainingTime = clock.Elapsed;
        return true;
    }

    /// <summary>The model's score of a row (higher = more likely relevant); 0 before training.</summary>
    public double Score(int row) => _trained ? _model.Score(_features, row) : 0;

    /// <summary>
    /// The candidates in the order to screen them: by score, highest first, ties kept in the given order; the
    /// given order unchanged when no model is trained.
    /// </summary>
    public int[] Rank(IReadOnlyList<int> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var order = candidates.ToArray();
        if (!_trained)
        {
            return order;
        }

        var scores = new double[order.Length];
        for (var k = 0; k < order.Length; k++)
        {
            scores[k] = _model.Score(_features, order[k]);
        }

        var positions = Enumerable.Range(0, order.Length).ToArray();
        Array.Sort(positions, (a, b) => scores[b].CompareTo(scores[a]) is var c && c != 0 ? c : a.CompareTo(b));
        return [.. positions.Select(p => order[p])];
    }

    /// <summary>The unlabelled row with the highest score (the lowest row number among ties), or -1 when none is left; row order when no model is trained.</summary>
    public int Best()
    {
        var best = -1;
        var bestScore = double.NegativeInfinity;
        for (var row = 0; row < _features.Count; row++)
        {
            if (_labels.ContainsKey(row))
            {
                continue;
            }

            if (!_trained)
            {
                return row;
            }

            var score = _model.Score(_features, row);
            if (score > bestScore)
            {
                (best, bestScore) = (row, score);
            }
        }

        return best;
    }
}
