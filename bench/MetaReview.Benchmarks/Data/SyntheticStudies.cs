namespace MetaReview.Benchmarks.Data;

/// <summary>
/// Seeded synthetic effect sizes for the benchmarks that need more studies than any real data set has (k = 1,000 and
/// 1,000,000): yᵢ = μ + uᵢ + eᵢ with uᵢ ~ N(0, tau²) and eᵢ ~ N(0, vᵢ), vᵢ uniform on [0.01, 0.21]. Speed
/// measurement only; never used as an example or a test.
/// </summary>
internal sealed class SyntheticStudies
{
    private readonly Random _random;

    /// <summary>A generator with a fixed seed, so every run measures the same data.</summary>
    public SyntheticStudies(int seed = 20261121) => _random = new Random(seed);

    /// <summary>A uniform number on [low, high).</summary>
    public double Uniform(double low, double high) => low + (high - low) * _random.NextDouble();

    /// <summary>A standard normal number (Box–Muller).</summary>
    public double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - _random.NextDouble())) * Math.Cos(2 * Math.PI * _random.NextDouble());

    /// <summary>An integer on [0, count).</summary>
    public int Index(int count) => _random.Next(count);

    /// <summary>Variances vᵢ and effect sizes yᵢ = mean(i) + N(0, tau²) + N(0, vᵢ).</summary>
    public (double[] Yi, double[] Vi) Effects(int k, Func<int, double> mean, double tau2)
    {
        var yi = new double[k];
        var vi = new double[k];
        for (var i = 0; i < k; i++)
        {
            vi[i] = Uniform(0.01, 0.21);
            yi[i] = mean(i) + Math.Sqrt(tau2) * Gaussian() + Math.Sqrt(vi[i]) * Gaussian();
        }

        return (yi, vi);
    }
}
