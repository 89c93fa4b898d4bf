using MetaReview.Statistics.Models;

namespace MetaReview.Statistics.Internal;

/// <summary>
/// Finds the root of an estimating equation f(tau²) = 0 on [0, ∞) for the iterative tau² estimators.
/// f is positive below the root and negative above it (the score of the (restricted) likelihood, or
/// Q(tau²) − (k − p) for Paule–Mandel).
/// <para>
/// First Fisher scoring, tau²ₙ₊₁ = max(0, tau²ₙ + f/I), as metafor does. Every evaluated point tightens a
/// bracket [lo, hi] around the root; a step that leaves the bracket is replaced by bisection (step
/// halving), so the iteration cannot oscillate or diverge. If scoring has not met the tolerance after
/// <see cref="ConvergenceControl.MaxIterations"/> steps, Brent's method on the bracket finishes the job
/// (extending the bracket by doubling first if needed). A root below 0 gives tau² = 0.
/// </para>
/// </summary>
internal static class IterativeTau2Solver
{
    private const int MaxFallbackIterations = 500;

    /// <summary>Evaluates the estimating function and its Fisher information (−E[f'] &gt; 0) at tau².</summary>
    internal delegate (double F, double Information) Equation(double tau2);

    /// <param name="equation">The estimating function and its information.</param>
    /// <param name="start">Starting value (truncated at 0).</param>
    /// <param name="control">Tolerance and iteration limit.</param>
    /// <param name="scale">
    /// A typical sampling variance of the data; the tolerance is applied relative to min(1, scale) so
    /// that data with tiny variances (tau² of order 1e-12) converge just as tightly.
    /// </param>
    public static (double Tau2, ConvergenceInfo Convergence) Solve(Equation equation, double start, ConvergenceControl control, double scale)
    {
        var tolerance = control.Tolerance * Math.Min(1, scale);
        double lo = 0, hi = double.PositiveInfinity;
        var x = Math.Max(0, start);
        var iterations = 0;
        var change = double.PositiveInfinity;
        while (iterations < control.MaxIterations)
        {
            iterations++;
            var (f, info) = equation(x);
            if (f > 0)
            {
                lo = Math.Max(lo, x);
            }
            else
            {
                hi = Math.Min(hi, x);
            }

            if (x == 0 && f <= 0)
            {
                // The estimating function is already negative at the boundary: tau² = 0.
                return (0, new ConvergenceInfo(true, iterations, "Fisher scoring", 0));
            }

            var next = Math.Max(0, x + f / info);
            if (!double.IsFinite(next) || (next <= lo && lo > 0) || next >= hi)
            {
                next = double.IsPositiveInfinity(hi) ? Math.Max(2 * x, 1e-4) : 0.5 * (lo + hi);
            }

            change = Math.Abs(next - x);
            x = next;
            if (change < tolerance)
            {
                return (x, new ConvergenceInfo(true, iterations, "Fisher scoring", change));
            }
        }

        return Bracketing(equation, lo, hi, iterations, tolerance);
    }

    /// <summary>
    /// The (restricted) likelihood can have a local maximum inside (0, ∞) while its global maximum is on the
    /// boundary tau² = 0 (e.g. dat.gibson2002, MD, ML: a root at 0.6947, the optimum at 0). Returns 0 when the
    /// boundary's log-likelihood is higher than the root's.
    /// </summary>
    public static (double Tau2, ConvergenceInfo Convergence) PreferGlobalMaximum(LinearFit fit, double tau2, ConvergenceInfo convergence, bool restricted)
    {
        if (tau2 > 0 && fit.LogLikelihood(0, restricted) > fit.LogLikelihood(tau2, restricted))
        {
            return (0, convergence with { Algorithm = convergence.Algorithm + "; the boundary tau² = 0 has the higher likelihood" });
        }

        return (tau2, convergence);
    }

    private static (double Tau2, ConvergenceInfo Convergence) Bracketing(Equation equation, double lo, double hi, int iterations, double tolerance)
    {
        const string Algorithm = "Fisher scoring, then bracketing (Brent)";
        if (lo == 0 && equation(0).F <= 0)
        {
            return (0, new ConvergenceInfo(true, iterations + 1, Algorithm, 0));
        }

        if (double.IsPositiveInfinity(hi))
        {
            hi = Math.Max(1e-4, 2 * lo);
            while (equation(hi).F > 0)
            {
                iterations++;
                lo = hi;
                hi *= 2;
                if (hi > 1e300)
                {
                    return (lo, new ConvergenceInfo(false, iterations, Algorithm, double.NaN));
                }
            }
        }

        var evaluations = 0;
        double F(double t)
        {
            evaluations++;
            return equation(t).F;
        }

        var converged = MathNet.Numerics.RootFinding.Brent.TryFindRoot(F, lo, hi, tolerance, MaxFallbackIterations, out var root);
        return (Math.Max(0, root), new ConvergenceInfo(converged, iterations + evaluations, Algorithm, converged ? tolerance : double.NaN));
    }
}
