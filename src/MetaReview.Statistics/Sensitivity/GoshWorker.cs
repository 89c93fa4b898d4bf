using System.Numerics;

namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// Fits the GOSH subsets of one chunk on one thread. Exhaustive runs visit the subsets in binary-reflected Gray
/// code order (subset g has membership g ⊕ (g ≫ 1)), so consecutive subsets differ by exactly one study: the
/// compact arrays of the current subset change by one append or one swap-remove (O(1)) instead of being rebuilt,
/// and the Paule–Mandel and empirical Bayes iterations start from the neighbouring subset's tau².
/// </summary>
internal sealed class GoshWorker
{
    private readonly GoshPlan _plan;
    private readonly SubsetFitter _fitter;
    private readonly double[] _y;
    private readonly double[] _v;
    private readonly int[] _position;
    private readonly int[] _study;
    private readonly ulong[] _bits;
    private int _n;

    public GoshWorker(GoshPlan plan)
    {
        _plan = plan;
        _fitter = new SubsetFitter(plan.Options);
        var k = plan.Yi.Length;
        _y = new double[k];
        _v = new double[k];
        _position = new int[k];
        _study = new int[k];
        _bits = new ulong[plan.Words];
    }

    /// <summary>Fits that did not converge so far.</summary>
    public int NotConverged { get; private set; }

    /// <summary>Fits subsets first … first + count − 1 into the output spans (indexed from 0).</summary>
    public void Evaluate(long first, int count, in GoshOutput output)
    {
        var words = _plan.Words;
        var warm = double.NaN;
        for (var j = 0; j < count; j++)
        {
            var index = first + j;
            if (_plan.Exhaustive)
            {
                var g = (ulong)index + 1;
                if (j == 0)
                {
                    Load(g ^ (g >> 1));
                }
                else
                {
                    Toggle(BitOperations.TrailingZeroCount(g));
                }

                _bits[0] = g ^ (g >> 1);
            }
            else
            {
                _plan.RandomSubset(index, _bits);
                Load(_bits);
                warm = double.NaN;
            }

            var fit = _fitter.Fit(_y, _v, _n, warm, inference: false);
            if (!fit.Converged)
            {
                NotConverged++;
            }

            warm = fit.Tau2;
            _bits.AsSpan().CopyTo(output.Membership.Slice(j * words, words));
            output.K[j] = _n;
            output.Estimate[j] = fit.Estimate;
            output.Tau2[j] = fit.Tau2;
            output.I2[j] = fit.I2;
            output.Q[j] = fit.Q;
        }
    }

    private void Load(ulong mask)
    {
        _n = 0;
        var k = _plan.Yi.Length;
        for (var i = 0; i < k; i++)
        {
            _position[i] = -1;
            if ((mask & (1UL << i)) != 0)
            {
                Append(i);
            }
        }
    }

    private void Load(ReadOnlySpan<ulong> mask)
    {
        _n = 0;
        var k = _plan.Yi.Length;
        for (var i = 0; i < k; i++)
        {
            _position[i] = -1;
            if ((mask[i >> 6] & (1UL << (i & 63))) != 0)
            {
                Append(i);
            }
        }
    }

    private void Toggle(int study)
    {
        var p = _position[study];
        if (p < 0)
        {
            Append(study);
            return;
        }

        // Swap-remove: the last study of the compact arrays takes the leaving study's place.
        var last = --_n;
        var moved = _study[last];
        _y[p] = _y[last];
        _v[p] = _v[last];
        _study[p] = moved;
        _position[moved] = p;
        _position[study] = -1;
    }

    private void Append(int study)
    {
        _y[_n] = _plan.Yi[study];
        _v[_n] = _plan.Vi[study];
        _study[_n] = study;
        _position[study] = _n;
        _n++;
    }
}

/// <summary>Where a chunk of GOSH results goes.</summary>
internal readonly ref struct GoshOutput
{
    public GoshOutput(Span<ulong> membership, Span<int> k, Span<double> estimate, Span<double> tau2, Span<double> i2, Span<double> q)
    {
        Membership = membership;
        K = k;
        Estimate = estimate;
        Tau2 = tau2;
        I2 = i2;
        Q = q;
    }

    public Span<ulong> Membership { get; }

    public Span<int> K { get; }

    public Span<double> Estimate { get; }

    public Span<double> Tau2 { get; }

    public Span<double> I2 { get; }

    public Span<double> Q { get; }

    public GoshOutput Slice(int start, int length, int words) => new(
        Membership.Slice(start * words, length * words), K.Slice(start, length), Estimate.Slice(start, length),
        Tau2.Slice(start, length), I2.Slice(start, length), Q.Slice(start, length));
}
