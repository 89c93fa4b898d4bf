using MetaReview.Records.Prioritisation.Internal;

namespace MetaReview.Records.Prioritisation;

/// <summary>
/// Sparse TF-IDF features of a growing set of documents (title, abstract and keywords of each record).
/// Weights are w = tf′ · idf with idf = ln((1 + n) / (1 + df)) + 1 (scikit-learn's smoothed idf) and rows
/// scaled to unit length. Adding documents tokenizes only the new ones; document frequencies, idf and
/// weights are then refreshed in one pass over the stored counts, O(non-zeros).
/// </summary>
public sealed class TfIdfMatrix
{
    private const int MaxTokenLength = 64;
    private readonly TfIdfOptions _options;
    private readonly Dictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
    private readonly List<int> _documentFrequency = [];
    private int[] _rowStart = [0];
    private int[] _terms = new int[1024];
    private float[] _counts = new float[1024];
    private float[] _weights = new float[1024];
    private float[] _rowSums = [];
    private double[] _idf = [];
    private int _nonZeros;

    private TfIdfMatrix(TfIdfOptions options) => _options = options;

    /// <summary>Number of documents (rows).</summary>
    public int Count { get; private set; }

    /// <summary>Number of distinct terms (columns).</summary>
    public int Features => _vocabulary.Count;

    /// <summary>Stored non-zero entries.</summary>
    public int NonZeros => _nonZeros;

    /// <summary>Builds the features of documents.</summary>
    public static TfIdfMatrix Build(IEnumerable<string?> documents, TfIdfOptions? options = null)
    {
        var matrix = new TfIdfMatrix(options ?? TfIdfOptions.Default);
        matrix.Add(documents);
        return matrix;
    }

    /// <summary>The text a record contributes: title, abstract and keywords.</summary>
    public static string TextOf(Record record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Join(" \n ", new[] { record.Title, record.Abstract, record.Keywords.IsDefaultOrEmpty ? null : string.Join("; ", record.Keywords) }
            .Where(t => !string.IsNullOrEmpty(t)));
    }

    /// <summary>Adds documents as new rows (numbered on from <see cref="Count"/>) and refreshes all weights.</summary>
    public void Add(IEnumerable<string?> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var lookup = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        var buffer = new char[MaxTokenLength];
        var counts = new Dictionary<int, int>();
        var starts = new List<int>(_rowStart);
        foreach (var document in documents)
        {
            counts.Clear();
            Tokenizer.Tokenize((document ?? "").AsSpan(), buffer, token =>
            {
                if (!lookup.TryGetValue(token, out var id))
                {
                    id = _vocabulary.Count;
                    lookup[token] = id;
                    _documentFrequency.Add(0);
                }

                counts[id] = counts.GetValueOrDefault(id) + 1;
            });
            Reserve(_nonZeros + counts.Count);
            foreach (var (term, count) in counts)
            {
                _terms[_nonZeros] = term;
                _counts[_nonZeros] = count;
                _nonZeros++;
                _documentFrequency[term]++;
            }

            starts.Add(_nonZeros);
            Count++;
        }

        _rowStart = [.. starts];
        Refresh();
    }

    /// <summary>The term indices of a row.</summary>
    public ReadOnlySpan<int> Terms(int row) => _terms.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]);

    /// <summary>The weights of a row, aligned with <see cref="Terms"/> (unit length).</summary>
    public ReadOnlySpan<float> Weights(int row) => _weights.AsSpan(_rowStart[row], _rowStart[row + 1] - _rowStart[row]);

    /// <summary>The sum of a row's weights.</summary>
    public float RowSum(int row) => _rowSums[row];

    /// <summary>The inverse document frequency of a term.</summary>
    public double Idf(int term) => _idf[term];

    /// <summary>The index of a term (lower case), or -1.</summary>
    public int TermIndex(string term) => _vocabulary.TryGetValue(term, out var i) ? i : -1;

    /// <summary>w · x for a dense weight vector over the features.</summary>
    public double Dot(int row, ReadOnlySpan<double> weights)
    {
        var terms = Terms(row);
        var values = Weights(row);
        var sum = 0.0;
        for (var k = 0; k < terms.Length; k++)
        {
            sum += weights[terms[k]] * values[k];
        }

        return sum;
    }

    private void Refresh()
    {
        var n = Count;
        _idf = new double[Features];
        for (var t = 0; t < _idf.Length; t++)
        {
            var df = _documentFrequency[t];
            _idf[t] = df < _options.MinDocumentFrequency ? 0 : Math.Log((1.0 + n) / (1.0 + df)) + 1.0;
        }

        _rowSums = new float[n];
        for (var row = 0; row < n; row++)
        {
            var (start, end) = (_rowStart[row], _rowStart[row + 1]);
            var norm = 0.0;
            for (var k = start; k < end; k++)
            {
                var tf = _options.SublinearTf ? 1.0 + Math.Log(_counts[k]) : _counts[k];
                var w = tf * _idf[_terms[k]];
                _weights[k] = (float)w;
                norm += w * w;
            }

            var scale = norm > 0 ? 1.0 / Math.Sqrt(norm) : 0;
            var sum = 0.0;
            for (var k = start; k < end; k++)
            {
                _weights[k] = (float)(_weights[k] * scale);
                sum += _weights[k];
            }

            _rowSums[row] = (float)sum;
        }
    }

    private void Reserve(int size)
    {
        if (size <= _terms.Length)
        {
            return;
        }

        var capacity = Math.Max(size, _terms.Length * 2);
        Array.Resize(ref _terms, capacity);
        Array.Resize(ref _counts, capacity);
        Array.Resize(ref _weights, capacity);
    }
}
