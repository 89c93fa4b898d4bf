namespace MetaReview.Statistics.Internal;

/// <summary>
/// Weighted least squares for a meta-regression y = Xβ + e with p ≥ 1 coefficients and weights wᵢ, through the
/// p×p normal equations: O(k·p²) time, O(k·p) memory (the design itself), no k×k matrix.
/// <para>
/// With A = X'WX, M = A⁻¹ and P = W − WXMX'W (so that Py = W·r with r the WLS residuals) every trace the tau²
/// estimators need is a p×p expression (V = diag(vᵢ)):
/// tr(P) = Σw − tr(M·X'W²X);
/// tr(PP) = Σw² − 2·tr(M·X'W³X) + tr(M·X'W²X·M·X'W²X);
/// tr(PV) = Σwv − tr(M·X'W²VX);
/// tr(PVP) = Σw²v − 2·tr(M·X'W³VX) + tr(M·X'W²X·M·X'W²VX);
/// tr(PVPV) = Σw²v² − 2·tr(M·X'W³V²X) + tr(M·X'W²VX·M·X'W²VX).
/// </para>
/// <para>
/// The design is standardised once, X̃ = X·T (columns other than an all-ones intercept centred on their mean
/// when there is an intercept, and every column scaled to unit root mean square). P, the traces and the
/// fitted values do not change under this reparametrisation; it only keeps the normal equations well
/// conditioned (e.g. publication years next to an intercept). Coefficients are mapped back as β = T·β̃ and
/// their covariance as T·Cov(β̃)·T'.
/// </para>
/// <para>
/// X̃ is stored column by column, so the O(k·p²) sums run as SIMD kernels (<see cref="WeightedSums"/>) over
/// per-thread scratch vectors of length k: a fit allocates nothing, and instances may be shared between threads
/// (workspaces from <see cref="CreateWorkspace"/> may not).
/// </para>
/// </summary>
internal sealed class RegressionFit : LinearFit
{
    /// <summary>p up to this size uses stack buffers for the p×p matrices; larger designs use arrays.</summary>
    private const int StackLimit = 12;

    [ThreadStatic]
    private static double[]? _scratch;

    private readonly double[] _x;
    private readonly double[] _t;
    private readonly double[] _tTransposed;
    private readonly double _logDetXtX;

    /// <summary>Builds the fit. The design must have full column rank (see <see cref="FindCollinearColumn"/>).</summary>
    /// <param name="yi">Effect sizes.</param>
    /// <param name="vi">Sampling variances.</param>
    /// <param name="x">The k×p design, row-major (study i in x[i·p .. i·p + p − 1]).</param>
    /// <param name="p">Number of columns.</param>
    public RegressionFit(double[] yi, double[] vi, double[] x, int p)
        : base(yi, vi)
    {
        if (x.Length != yi.Length * p)
        {
            throw new ArgumentException($"The design has {x.Length} values; {yi.Length} studies × {p} columns were expected.", nameof(x));
        }

        P = p;
        (_x, _t) = Standardise(x, yi.Length, p);
        _tTransposed = new double[p * p];
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                _tTransposed[i * p + j] = _t[j * p + i];
            }
        }

        if (CollinearStandardColumn(_x, yi.Length, p, out var logDet) >= 0)
        {
            throw new ArgumentException("The design matrix does not have full column rank.", nameof(x));
        }

        _logDetXtX = logDet;
    }

    private RegressionFit(RegressionFit source)
        : base(source.Yi, source.Vi)
    {
        P = source.P;
        _x = (double[])source._x.Clone();
        _t = source._t;
        _tTransposed = source._tTransposed;
        _logDetXtX = source._logDetXtX;
    }

    /// <inheritdoc />
    public override int P { get; }

    /// <summary>
    /// When true, <see cref="At"/> skips tr(PV), tr(PVP) and tr(PVPV) (set to NaN): only the Sidik–Jonkman
    /// estimator uses them away from the OLS fit. Set on permutation workspaces only.
    /// </summary>
    internal bool SkipVarianceTraces { get; set; }

    /// <summary>
    /// The index of the first column of <paramref name="x"/> (k×p, row-major) that is a linear combination of
    /// the columns before it (after standardising), or −1 when the design has full column rank.
    /// </summary>
    public static int FindCollinearColumn(double[] x, int k, int p)
    {
        var (standard, _) = Standardise(x, k, p);
        return CollinearStandardColumn(standard, k, p, out _);
    }

    /// <inheritdoc />
    public override WlsSummary At(double tau2) => Compute(tau2, ols: false, [], [], SkipVarianceTraces);

    /// <inheritdoc />
    public override WlsSummary Ols() => Compute(0, ols: true, [], [], skipVarianceTraces: false);

    /// <summary>
    /// The WLS fit at tau² with its coefficients β (length p) and M = (X'WX)⁻¹ (p×p, row-major), both in the
    /// original parametrisation of the design.
    /// </summary>
    public WlsSummary Coefficients(double tau2, Span<double> beta, Span<double> covariance) =>
        Compute(tau2, ols: false, beta, covariance, SkipVarianceTraces);

    /// <summary>
    /// The terms of the (restricted) likelihood score at tau² and its derivative, for Newton steps:
    /// Σw, Σw², tr(P), tr(PP), y'PPy and y'PPPy = Σwᵢ³rᵢ² − (X'W²r)'M(X'W²r) (since Py = W·r). Fewer sums than
    /// <see cref="At"/> (no traces with V), for refitting many permuted designs.
    /// </summary>
    public (double SumW, double SumW2, double TrP, double TrPP, double YPPy, double YPPPy) ScoreTerms(double tau2)
    {
        var p = P;
        var k = K;
        var size = p * p;
        Span<double> buffer = p <= StackLimit ? stackalloc double[5 * size + 2 * p] : new double[5 * size + 2 * p];
        var a = buffer[..size];
        var b2 = buffer.Slice(size, size);
        var b3 = buffer.Slice(2 * size, size);
        var work1 = buffer.Slice(3 * size, size);
        var work2 = buffer.Slice(4 * size, size);
        var beta = buffer.Slice(5 * size, p);
        var xw2r = buffer.Slice(5 * size + p, p);
        var scratch = Scratch(5 * k);
        var w = scratch[..k];
        var w2 = scratch.Slice(k, k);
        var w3 = scratch.Slice(2 * k, k);
        var r = scratch.Slice(3 * k, k);
        var w2r = scratch.Slice(4 * k, k);

        var (sw, sw2) = WeightedSums.Weights(Vi, tau2, w, w2, w3);
        CrossProducts(w, w2, w3, a, b2, b3, beta);
        var m = Solve(a, beta, p);
        Residuals(beta, r);
        var (ypp, yppp, _) = WeightedSums.Squares(r, w2, w3, w3);
        WeightedSums.Multiply(w2, r, w2r);
        for (var c = 0; c < p; c++)
        {
            xw2r[c] = WeightedSums.Dot(Column(c), w2r);
        }

        double correction = 0;
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                correction += xw2r[i] * m[i * p + j] * xw2r[j];
            }
        }

        var trPP = sw2 - 2 * TraceOfProduct(m, b3, p) + TraceOfDoubleProduct(m, b2, b2, p, work1, work2);
        return (sw, sw2, sw - TraceOfProduct(m, b2, p), trPP, ypp, yppp - correction);
    }

    /// <inheritdoc />
    public override double LogLikelihood(double tau2, bool restricted)
    {
        var s = At(tau2);
        double sumLog = 0;
        foreach (var v in Vi)
        {
            sumLog += Math.Log(v + tau2);
        }

        if (!restricted)
        {
            return -0.5 * (K * Math.Log(2 * Math.PI) + sumLog + s.Q);
        }

        // metafor's convention: the REML log-likelihood includes +½·log|X'X|. Under X = X̃·T⁻¹ both
        // log-determinants shift by −2·log|T|, so their difference is the same for X̃.
        var p = P;
        var a = new double[p * p];
        var w = Vi.Select(v => 1 / (v + tau2)).ToArray();
        for (var i = 0; i < p; i++)
        {
            for (var j = i; j < p; j++)
            {
                a[i * p + j] = a[j * p + i] = WeightedSums.Triple(Column(i), Column(j), w, w, w).U;
            }
        }

        SmallCholesky.Factor(a, p);
        var logDetXtWX = SmallCholesky.LogDeterminant(a, p);
        return -0.5 * ((K - p) * Math.Log(2 * Math.PI) + sumLog + logDetXtWX + s.Q) + 0.5 * _logDetXtX;
    }

    /// <summary>A copy with its own design buffer, for refitting under permutations of the design's rows.</summary>
    internal RegressionFit CreateWorkspace() => new(this);

    /// <summary>Sets row i of this workspace's design to row source[i] of <paramref name="original"/>'s design.</summary>
    internal void LoadRows(RegressionFit original, ReadOnlySpan<int> source)
    {
        var k = K;
        var from = original._x;
        for (var c = 0; c < P; c++)
        {
            var offset = c * k;
            for (var i = 0; i < source.Length; i++)
            {
                _x[offset + i] = from[offset + source[i]];
            }
        }
    }

    private ReadOnlySpan<double> Column(int c) => new(_x, c * K, K);

    /// <summary>A per-thread scratch vector of at least the given length (grown as needed, never shrunk).</summary>
    private static Span<double> Scratch(int length)
    {
        var scratch = _scratch;
        if (scratch is null || scratch.Length < length)
        {
            _scratch = scratch = new double[Math.Max(length, 2 * (scratch?.Length ?? 0))];
        }

        return scratch.AsSpan(0, length);
    }

    /// <summary>
    /// Three weighted cross-products at once, X̃'diag(u)X̃, X̃'diag(v)X̃ and X̃'diag(z)X̃ (full, symmetric), e.g.
    /// A = X̃'WX̃, B2 = X̃'W²X̃ and B3 = X̃'W³X̃; and xuy = X̃'diag(u)y.
    /// </summary>
    private void CrossProducts(ReadOnlySpan<double> u, ReadOnlySpan<double> v, ReadOnlySpan<double> z,
        Span<double> xux, Span<double> xvx, Span<double> xzx, Span<double> xuy)
    {
        var p = P;
        for (var r = 0; r < p; r++)
        {
            var xr = Column(r);
            if (!xuy.IsEmpty)
            {
                xuy[r] = WeightedSums.Triple(xr, Yi, u, u, u).U;
            }

            for (var c = r; c < p; c++)
            {
                var (su, sv, sz) = WeightedSums.Triple(xr, Column(c), u, v, z);
                xux[r * p + c] = xux[c * p + r] = su;
                xvx[r * p + c] = xvx[c * p + r] = sv;
                xzx[r * p + c] = xzx[c * p + r] = sz;
            }
        }
    }

    /// <summary>Factors A in place, overwrites xwy with β̃ = A⁻¹xwy and returns M = A⁻¹ (in A's place after the factor).</summary>
    private static Span<double> Solve(Span<double> a, Span<double> xwy, int p)
    {
        if (SmallCholesky.Factor(a, p) >= 0)
        {
            throw new InvalidOperationException("X'WX is not positive definite; the design should have been checked for collinearity.");
        }

        SmallCholesky.Solve(a, p, xwy);
        SmallCholesky.Invert(a, p, a);
        return a;
    }

    /// <summary>r = y − X̃β̃.</summary>
    private void Residuals(ReadOnlySpan<double> beta, Span<double> r)
    {
        Yi.AsSpan().CopyTo(r);
        for (var c = 0; c < P; c++)
        {
            WeightedSums.SubtractScaled(r, beta[c], Column(c));
        }
    }

    private WlsSummary Compute(double tau2, bool ols, Span<double> beta, Span<double> covariance, bool skipVarianceTraces)
    {
        var p = P;
        var k = K;
        var size = p * p;
        Span<double> buffer = p <= StackLimit ? stackalloc double[8 * size + p] : new double[8 * size + p];
        var a = buffer[..size];
        var b2 = buffer.Slice(size, size);
        var b3 = buffer.Slice(2 * size, size);
        var d = buffer.Slice(3 * size, size);
        var e = buffer.Slice(4 * size, size);
        var f = buffer.Slice(5 * size, size);
        var work1 = buffer.Slice(6 * size, size);
        var work2 = buffer.Slice(7 * size, size);
        var xwy = buffer.Slice(8 * size, p);
        var scratch = Scratch(7 * k);
        var w = scratch[..k];
        var w2 = scratch.Slice(k, k);
        var w3 = scratch.Slice(2 * k, k);
        var w2v = scratch.Slice(3 * k, k);
        var w3v = scratch.Slice(4 * k, k);
        var w3v2 = scratch.Slice(5 * k, k);
        var r = scratch.Slice(6 * k, k);
        var v = Vi;

        double sw, sw2;
        if (ols)
        {
            w.Fill(1);
            w2.Fill(1);
            w3.Fill(1);
            sw = sw2 = k;
        }
        else
        {
            (sw, sw2) = WeightedSums.Weights(v, tau2, w, w2, w3);
        }

        CrossProducts(w, w2, w3, a, b2, b3, xwy);
        double swv = double.NaN, sw2v = double.NaN, sw2v2 = double.NaN;
        if (!skipVarianceTraces)
        {
            WeightedSums.Multiply(w2, v, w2v);
            WeightedSums.Multiply(w3, v, w3v);
            WeightedSums.Multiply(w3v, v, w3v2);
            swv = WeightedSums.Dot(w, v);
            sw2v = WeightedSums.Dot(w2, v);
            sw2v2 = WeightedSums.Dot(w2v, v);
            CrossProducts(w2v, w3v, w3v2, d, e, f, []);
        }

        var m = Solve(a, xwy, p);
        Residuals(xwy, r);
        var (q, ypp, _) = WeightedSums.Squares(r, w, w2, w2);
        var rss = WeightedSums.Dot(r, r);

        var trMB2 = TraceOfProduct(m, b2, p);
        var trMB2MB2 = TraceOfDoubleProduct(m, b2, b2, p, work1, work2);
        double trPV = double.NaN, trPVP = double.NaN, trPVPV = double.NaN;
        if (!skipVarianceTraces)
        {
            trPV = swv - TraceOfProduct(m, d, p);
            trPVP = sw2v - 2 * TraceOfProduct(m, e, p) + TraceOfDoubleProduct(m, b2, d, p, work1, work2);
            trPVPV = sw2v2 - 2 * TraceOfProduct(m, f, p) + TraceOfDoubleProduct(m, d, d, p, work1, work2);
        }

        // Back to the original parametrisation: β = T·β̃, Cov = T·M·T'.
        var t = _t;
        double beta0 = 0;
        for (var c = 0; c < p; c++)
        {
            beta0 += t[c] * xwy[c];
        }

        if (!beta.IsEmpty)
        {
            for (var i = 0; i < p; i++)
            {
                double s = 0;
                for (var c = 0; c < p; c++)
                {
                    s += t[i * p + c] * xwy[c];
                }

                beta[i] = s;
            }
        }

        if (!covariance.IsEmpty)
        {
            // Cov = (T·M)·T'.
            Multiply(t, m, work1, p);
            Multiply(work1, _tTransposed, covariance, p);
        }

        return new WlsSummary
        {
            SumW = sw,
            SumW2 = sw2,
            Q = q,
            YPPy = ypp,
            Rss = rss,
            TrP = sw - trMB2,
            TrPP = sw2 - 2 * TraceOfProduct(m, b3, p) + trMB2MB2,
            TrPV = trPV,
            TrPVP = trPVP,
            TrPVPV = trPVPV,
            Beta0 = beta0,
        };
    }

    /// <summary>tr(A·B) = Σᵢⱼ Aᵢⱼ·Bⱼᵢ.</summary>
    private static double TraceOfProduct(ReadOnlySpan<double> a, ReadOnlySpan<double> b, int p)
    {
        double s = 0;
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                s += a[i * p + j] * b[j * p + i];
            }
        }

        return s;
    }

    /// <summary>tr(M·B·M·C) = tr((MB)(MC)).</summary>
    private static double TraceOfDoubleProduct(ReadOnlySpan<double> m, ReadOnlySpan<double> b, ReadOnlySpan<double> c, int p,
        Span<double> mb, Span<double> mc)
    {
        Multiply(m, b, mb, p);
        Multiply(m, c, mc, p);
        return TraceOfProduct(mb, mc, p);
    }

    private static void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result, int p)
    {
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < p; j++)
            {
                double s = 0;
                for (var m = 0; m < p; m++)
                {
                    s += a[i * p + m] * b[m * p + j];
                }

                result[i * p + j] = s;
            }
        }
    }

    /// <summary>
    /// X̃ = X·T, column-major: with an all-ones column (the intercept), the other columns are centred on their means;
    /// then every non-intercept column is divided by its root mean square. Returns X̃ and T (p×p, row-major).
    /// </summary>
    private static (double[] Standard, double[] T) Standardise(double[] x, int k, int p)
    {
        var intercept = -1;
        for (var c = 0; c < p && intercept < 0; c++)
        {
            var allOnes = true;
            for (var i = 0; i < k && allOnes; i++)
            {
                allOnes = x[i * p + c] == 1;
            }

            if (allOnes)
            {
                intercept = c;
            }
        }

        var standard = new double[k * p];
        var t = new double[p * p];
        for (var c = 0; c < p; c++)
        {
            t[c * p + c] = 1;
            var column = standard.AsSpan(c * k, k);
            for (var i = 0; i < k; i++)
            {
                column[i] = x[i * p + c];
            }

            if (c == intercept)
            {
                continue;
            }

            double mean = 0;
            if (intercept >= 0)
            {
                foreach (var value in column)
                {
                    mean += value;
                }

                mean /= k;
            }

            double sumSquares = 0;
            for (var i = 0; i < k; i++)
            {
                column[i] -= mean;
                sumSquares += column[i] * column[i];
            }

            var scale = Math.Sqrt(sumSquares / k);
            if (!(scale > 0) || !double.IsFinite(scale))
            {
                // A column constant at zero (or constant next to an intercept): left as is; the rank check reports it.
                continue;
            }

            for (var i = 0; i < k; i++)
            {
                column[i] /= scale;
            }

            // X̃_c = (X_c − mean·1)/scale, so β_c = β̃_c/scale and the intercept absorbs −mean·β̃_c/scale.
            t[c * p + c] = 1 / scale;
            if (intercept >= 0)
            {
                t[intercept * p + c] = -mean / scale;
            }
        }

        return (standard, t);
    }

    private static int CollinearStandardColumn(double[] standard, int k, int p, out double logDeterminant)
    {
        var a = new double[p * p];
        for (var r = 0; r < p; r++)
        {
            for (var c = r; c < p; c++)
            {
                a[r * p + c] = a[c * p + r] = WeightedSums.Dot(standard.AsSpan(r * k, k), standard.AsSpan(c * k, k));
            }
        }

        var bad = SmallCholesky.Factor(a, p);
        logDeterminant = bad >= 0 ? double.NaN : SmallCholesky.LogDeterminant(a, p);
        return bad;
    }
}
