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
/// </summary>
internal sealed class RegressionFit : LinearFit
{
    /// <summary>p up to this size uses stack buffers (10·p² doubles); larger designs use pooled arrays.</summary>
    private const int StackLimit = 12;

    private readonly double[] _x;
    private readonly double[] _t;
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
        WeightedCrossProduct(tau2, a);
        SmallCholesky.Factor(a, p);
        var logDetXtWX = SmallCholesky.LogDeterminant(a, p);
        return -0.5 * ((K - p) * Math.Log(2 * Math.PI) + sumLog + logDetXtWX + s.Q) + 0.5 * _logDetXtX;
    }

    /// <summary>A copy with its own design buffer, for refitting under permutations of the design's rows.</summary>
    internal RegressionFit CreateWorkspace() => new(this);

    /// <summary>Sets row i of this workspace's design to row source[i] of <paramref name="original"/>'s design.</summary>
    internal void LoadRows(RegressionFit original, ReadOnlySpan<int> source)
    {
        var p = P;
        var from = original._x;
        for (var i = 0; i < source.Length; i++)
        {
            Array.Copy(from, source[i] * p, _x, i * p, p);
        }
    }

    private void WeightedCrossProduct(double tau2, Span<double> a)
    {
        var p = P;
        a.Clear();
        var x = _x;
        var v = Vi;
        for (var i = 0; i < v.Length; i++)
        {
            var w = 1 / (v[i] + tau2);
            var row = i * p;
            for (var r = 0; r < p; r++)
            {
                var wx = w * x[row + r];
                for (var c = r; c < p; c++)
                {
                    a[r * p + c] += wx * x[row + c];
                }
            }
        }

        Mirror(a, p);
    }

    private WlsSummary Compute(double tau2, bool ols, Span<double> beta, Span<double> covariance, bool skipVarianceTraces)
    {
        var p = P;
        var size = p * p;
        double[]? rented = null;
        Span<double> buffer = p <= StackLimit
            ? stackalloc double[10 * StackLimit * StackLimit]
            : (rented = System.Buffers.ArrayPool<double>.Shared.Rent(10 * size));
        try
        {
            return Compute(tau2, ols, beta, covariance, skipVarianceTraces, buffer[..(10 * size)]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<double>.Shared.Return(rented);
            }
        }
    }

    private WlsSummary Compute(double tau2, bool ols, Span<double> beta, Span<double> covariance, bool skipVarianceTraces, Span<double> buffer)
    {
        var p = P;
        var size = p * p;
        buffer.Clear();
        var a = buffer[..size];
        var b2 = buffer.Slice(size, size);
        var b3 = buffer.Slice(2 * size, size);
        var d = buffer.Slice(3 * size, size);
        var e = buffer.Slice(4 * size, size);
        var f = buffer.Slice(5 * size, size);
        var m = buffer.Slice(6 * size, size);
        var work1 = buffer.Slice(7 * size, size);
        var work2 = buffer.Slice(8 * size, size);
        var xwy = buffer.Slice(9 * size, p);

        var x = _x;
        var y = Yi;
        var v = Vi;
        var k = y.Length;
        double sw = 0, sw2 = 0, swv = 0, sw2v = 0, sw2v2 = 0;
        for (var i = 0; i < k; i++)
        {
            var vi = v[i];
            var w = ols ? 1 : 1 / (vi + tau2);
            var w2 = w * w;
            var w3 = w2 * w;
            sw += w;
            sw2 += w2;
            swv += w * vi;
            sw2v += w2 * vi;
            sw2v2 += w2 * vi * vi;
            var w2v = w2 * vi;
            var w3v = w3 * vi;
            var w3v2 = w3v * vi;
            var row = i * p;
            var wy = w * y[i];
            for (var r = 0; r < p; r++)
            {
                var xr = x[row + r];
                xwy[r] += wy * xr;
                var offset = r * p;
                for (var c = r; c < p; c++)
                {
                    var o = xr * x[row + c];
                    a[offset + c] += w * o;
                    b2[offset + c] += w2 * o;
                    b3[offset + c] += w3 * o;
                    if (!skipVarianceTraces)
                    {
                        d[offset + c] += w2v * o;
                        e[offset + c] += w3v * o;
                        f[offset + c] += w3v2 * o;
                    }
                }
            }
        }

        Mirror(a, p);
        Mirror(b2, p);
        Mirror(b3, p);
        if (!skipVarianceTraces)
        {
            Mirror(d, p);
            Mirror(e, p);
            Mirror(f, p);
        }

        // β̃ = A⁻¹X̃'Wy; M = A⁻¹. A keeps its factor L afterwards.
        if (SmallCholesky.Factor(a, p) >= 0)
        {
            throw new InvalidOperationException("X'WX is not positive definite; the design should have been checked for collinearity.");
        }

        SmallCholesky.Solve(a, p, xwy);
        SmallCholesky.Invert(a, p, m);

        double q = 0, ypp = 0, rss = 0;
        for (var i = 0; i < k; i++)
        {
            var row = i * p;
            var fitted = 0.0;
            for (var c = 0; c < p; c++)
            {
                fitted += x[row + c] * xwy[c];
            }

            var r = y[i] - fitted;
            var w = ols ? 1 : 1 / (v[i] + tau2);
            var wr2 = w * r * r;
            q += wr2;
            ypp += w * wr2;
            rss += r * r;
        }

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
            for (var r = 0; r < p; r++)
            {
                double s = 0;
                for (var c = 0; c < p; c++)
                {
                    s += t[r * p + c] * xwy[c];
                }

                beta[r] = s;
            }
        }

        if (!covariance.IsEmpty)
        {
            // work1 = T·M, then covariance = work1·T'.
            Multiply(t, m, work1, p);
            for (var r = 0; r < p; r++)
            {
                for (var c = 0; c < p; c++)
                {
                    double s = 0;
                    for (var j = 0; j < p; j++)
                    {
                        s += work1[r * p + j] * t[c * p + j];
                    }

                    covariance[r * p + c] = s;
                }
            }
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

    /// <summary>Copies the upper triangle of a symmetric matrix onto its lower triangle.</summary>
    private static void Mirror(Span<double> a, int p)
    {
        for (var r = 1; r < p; r++)
        {
            for (var c = 0; c < r; c++)
            {
                a[r * p + c] = a[c * p + r];
            }
        }
    }

    /// <summary>
    /// X̃ = X·T: with an all-ones column (the intercept), the other columns are centred on their means; then
    /// every non-intercept column is divided by its root mean square. Returns X̃ and T (p×p, row-major).
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

        var standard = (double[])x.Clone();
        var t = new double[p * p];
        for (var c = 0; c < p; c++)
        {
            t[c * p + c] = 1;
            if (c == intercept)
            {
                continue;
            }

            double mean = 0;
            if (intercept >= 0)
            {
                for (var i = 0; i < k; i++)
                {
                    mean += x[i * p + c];
                }

                mean /= k;
            }

            double sumSquares = 0;
            for (var i = 0; i < k; i++)
            {
                var centred = x[i * p + c] - mean;
                standard[i * p + c] = centred;
                sumSquares += centred * centred;
            }

            var scale = Math.Sqrt(sumSquares / k);
            if (!(scale > 0) || !double.IsFinite(scale))
            {
                // A column constant at zero (or constant next to an intercept): left as is; the rank check reports it.
                continue;
            }

            for (var i = 0; i < k; i++)
            {
                standard[i * p + c] /= scale;
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
        for (var i = 0; i < k; i++)
        {
            for (var r = 0; r < p; r++)
            {
                for (var c = r; c < p; c++)
                {
                    a[r * p + c] += standard[i * p + r] * standard[i * p + c];
                }
            }
        }

        Mirror(a, p);
        var bad = SmallCholesky.Factor(a, p);
        logDeterminant = bad >= 0 ? double.NaN : SmallCholesky.LogDeterminant(a, p);
        return bad;
    }
}
