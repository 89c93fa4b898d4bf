namespace MetaReview.Records.Prioritisation.Internal;

/// <summary>
/// L2-regularised logistic regression with balanced class weights, minimising
/// f(w, b) = C Σ cᵢ log(1 + exp(−yᵢ(w·xᵢ + b))) + ½‖w‖² (the intercept is not penalised; cᵢ = n / (2 n_class),
/// scikit-learn's "balanced") by L-BFGS (Nocedal &amp; Wright 2006, Algorithm 7.5) with a backtracking Armijo
/// line search. Only features that occur in labelled rows can be non-zero at the optimum, so the problem is
/// solved on those alone; each fit starts from the previous solution (a warm start), which after one new
/// label is a few iterations away from the new optimum.
/// </summary>
internal sealed class LogisticRegressionModel(PrioritiserOptions options) : IRelevanceModel
{
    private const int Memory = 8;
    private double[] _w = [];
    private double _b;
    private int[] _localOf = [];

    /// <summary>Iterations used by the last fit.</summary>
    public int LastIterations { get; private set; }

    /// <summary>‖∇f‖ / ‖∇f(0)‖ at the end of the last fit.</summary>
    public double LastRelativeGradient { get; private set; }

    /// <summary>The objective at the end of the last fit.</summary>
    public double LastObjective { get; private set; }

    public void Fit(TfIdfMatrix x, ReadOnlySpan<int> rows, ReadOnlySpan<bool> relevant)
    {
        var d = x.Features;
        if (_w.Length < d)
        {
            Array.Resize(ref _w, d);
            Array.Resize(ref _localOf, d);
        }

        // Local problem: the features of the labelled rows, and the rows re-indexed to them.
        Array.Fill(_localOf, -1);
        var globalOf = new List<int>();
        var start = new int[rows.Length + 1];
        var nnz = 0;
        foreach (var row in rows)
        {
            nnz += x.Terms(row).Length;
        }

        var terms = new int[nnz];
        var values = new double[nnz];
        var y = new double[rows.Length];
        var c = new double[rows.Length];
        int nPositive = 0;
        foreach (var r in relevant)
        {
            nPositive += r ? 1 : 0;
        }

        var n = rows.Length;
        var weightPositive = options.C * n / (2.0 * nPositive);
        var weightNegative = options.C * n / (2.0 * (n - nPositive));
        var p = 0;
        for (var i = 0; i < n; i++)
        {
            var rowTerms = x.Terms(rows[i]);
            var rowWeights = x.Weights(rows[i]);
            for (var k = 0; k < rowTerms.Length; k++)
            {
                var local = _localOf[rowTerms[k]];
                if (local < 0)
                {
                    local = _localOf[rowTerms[k]] = globalOf.Count;
                    globalOf.Add(rowTerms[k]);
                }

                terms[p] = local;
                values[p] = rowWeights[k];
                p++;
            }

            start[i + 1] = p;
            y[i] = relevant[i] ? 1 : -1;
            c[i] = relevant[i] ? weightPositive : weightNegative;
        }

        var m = globalOf.Count;
        var theta = new double[m + 1];
        for (var j = 0; j < m; j++)
        {
            theta[j] = _w[globalOf[j]];
        }

        theta[m] = _b;
        var problem = new Problem(start, terms, values, y, c, m);
        Minimise(problem, theta);

        Array.Clear(_w);
        for (var j = 0; j < m; j++)
        {
            _w[globalOf[j]] = theta[j];
        }

        _b = theta[m];
    }

    public double Score(TfIdfMatrix x, int row) => _b + x.Dot(row, _w.AsSpan(0, x.Features));

    private void Minimise(Problem problem, double[] theta)
    {
        var size = theta.Length;
        var gradient = new double[size];
        var zeroGradient = new double[size];
        problem.Evaluate(new double[size], zeroGradient, new double[problem.Rows]);
        var tolerance = options.Tolerance * Math.Max(Norm(zeroGradient), 1e-12);
        var margins = new double[problem.Rows];
        var f = problem.Evaluate(theta, gradient, margins);
        var s = new double[Memory][];
        var yk = new double[Memory][];
        var rho = new double[Memory];
        var alphas = new double[Memory];
        var stored = 0;
        var head = 0;
        var direction = new double[size];
        var next = new double[size];
        var nextGradient = new double[size];
        var iteration = 0;
        var gradientNorm = Norm(gradient);
        for (; iteration < options.MaxIterations && gradientNorm > tolerance; iteration++)
        {
            // Two-loop recursion: direction = −H∇f, newest pair first, then oldest first.
            Array.Copy(gradient, direction, size);
            for (var t = 0; t < stored; t++)
            {
                var k = (head - 1 - t + Memory) % Memory;
                alphas[k] = rho[k] * Dot(s[k], direction);
                Axpy(-alphas[k], yk[k], direction);
            }

            var gamma = 1.0 / gradientNorm;
            if (stored > 0)
            {
                var last = (head - 1 + Memory) % Memory;
                gamma = Dot(s[last], yk[last]) / Dot(yk[last], yk[last]);
            }

            Scale(gamma, direction);
            for (var t = stored - 1; t >= 0; t--)
            {
                var k = (head - 1 - t + Memory) % Memory;
                var beta = rho[k] * Dot(yk[k], direction);
                Axpy(alphas[k] - beta, s[k], direction);
            }

            Scale(-1, direction);
            var slope = Dot(gradient, direction);
            if (slope >= 0)
            {
                // Not a descent direction (stale curvature pairs): restart from steepest descent.
                stored = 0;
                Array.Copy(gradient, direction, size);
                Scale(-1.0 / gradientNorm, direction);
                slope = Dot(gradient, direction);
            }

            var step = 1.0;
            double fNext;
            var tries = 0;
            while (true)
            {
                for (var j = 0; j < size; j++)
                {
                    next[j] = theta[j] + (step * direction[j]);
                }

                fNext = problem.Evaluate(next, nextGradient, margins);
                if (fNext <= f + (1e-4 * step * slope))
                {
                    break;
                }

                if (++tries > 40)
                {
                    break;
                }

                step *= 0.5;
            }

            if (tries > 40)
            {
                // No decrease along a descent direction: θ is optimal to machine precision.
                break;
            }

            s[head] ??= new double[size];
            yk[head] ??= new double[size];
            for (var j = 0; j < size; j++)
            {
                s[head][j] = next[j] - theta[j];
                yk[head][j] = nextGradient[j] - gradient[j];
            }

            var sy = Dot(s[head], yk[head]);
            if (sy > 1e-12)
            {
                rho[head] = 1.0 / sy;
                head = (head + 1) % Memory;
                stored = Math.Min(stored + 1, Memory);
            }

            Array.Copy(next, theta, size);
            Array.Copy(nextGradient, gradient, size);
            f = fNext;
            gradientNorm = Norm(gradient);
        }

        LastIterations = iteration;
        LastRelativeGradient = gradientNorm / Math.Max(Norm(zeroGradient), 1e-12);
        LastObjective = f;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    private static void Scale(double a, double[] x)
    {
        for (var i = 0; i < x.Length; i++)
        {
            x[i] *= a;
        }
    }

    private static double Norm(double[] x) => Math.Sqrt(Dot(x, x));

    /// <summary>The labelled rows on the local features; the last parameter is the intercept.</summary>
    private sealed class Problem(int[] start, int[] terms, double[] values, double[] y, double[] c, int features)
    {
        public int Rows => y.Length;

        /// <summary>f(θ), writing ∇f(θ) into <paramref name="gradient"/>.</summary>
        public double Evaluate(double[] theta, double[] gradient, double[] margins)
        {
            var b = theta[features];
            var f = 0.0;
            for (var j = 0; j < features; j++)
            {
                f += 0.5 * theta[j] * theta[j];
                gradient[j] = theta[j];
            }

            gradient[features] = 0;
            for (var i = 0; i < y.Length; i++)
            {
                var margin = b;
                for (var k = start[i]; k < start[i + 1]; k++)
                {
                    margin += theta[terms[k]] * values[k];
                }

                margins[i] = margin;
                var z = y[i] * margin;

                // log(1 + e^−z) and its derivative, without overflow for large |z|.
                var loss = z > 0 ? Math.Log(1 + Math.Exp(-z)) : -z + Math.Log(1 + Math.Exp(z));
                var sigma = z > 0 ? Math.Exp(-z) / (1 + Math.Exp(-z)) : 1 / (1 + Math.Exp(z));
                f += c[i] * loss;
                var dm = -c[i] * y[i] * sigma;
                for (var k = start[i]; k < start[i + 1]; k++)
                {
                    gradient[terms[k]] += dm * values[k];
                }

                gradient[features] += dm;
            }

            return f;
        }
    }
}
