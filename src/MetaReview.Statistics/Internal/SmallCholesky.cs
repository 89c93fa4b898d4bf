namespace MetaReview.Statistics.Internal;

/// <summary>
/// Cholesky factorisation A = LL' of a small symmetric positive definite p×p matrix stored row-major in a
/// span, with solves, the inverse and the log-determinant. Works in place on caller-supplied buffers, so
/// a meta-regression fit allocates nothing (p is the number of coefficients, typically 2 to 12).
/// </summary>
internal static class SmallCholesky
{
    /// <summary>
    /// A pivot d ≤ <see cref="RelativePivotTolerance"/>·aⱼⱼ means column j is (numerically) a linear combination of
    /// the columns before it. 1e-14 = (1e-7)², the default rank tolerance of R's <c>qr()</c> on column norms.
    /// </summary>
    public const double RelativePivotTolerance = 1e-14;

    /// <summary>
    /// Overwrites the lower triangle of <paramref name="a"/> with L (the strict upper triangle is left alone).
    /// </summary>
    /// <returns>−1 on success, else the index of the first column whose pivot is not positive enough.</returns>
    public static int Factor(Span<double> a, int p)
    {
        for (var j = 0; j < p; j++)
        {
            var diagonal = a[j * p + j];
            var d = diagonal;
            for (var m = 0; m < j; m++)
            {
                var l = a[j * p + m];
                d -= l * l;
            }

            if (!(d > RelativePivotTolerance * diagonal) || !double.IsFinite(d))
            {
                return j;
            }

            var root = Math.Sqrt(d);
            a[j * p + j] = root;
            for (var i = j + 1; i < p; i++)
            {
                var s = a[i * p + j];
                for (var m = 0; m < j; m++)
                {
                    s -= a[i * p + m] * a[j * p + m];
                }

                a[i * p + j] = s / root;
            }
        }

        return -1;
    }

    /// <summary>Solves (LL')x = b in place, with L from <see cref="Factor"/>.</summary>
    public static void Solve(ReadOnlySpan<double> l, int p, Span<double> b)
    {
        for (var i = 0; i < p; i++)
        {
            var s = b[i];
            for (var m = 0; m < i; m++)
            {
                s -= l[i * p + m] * b[m];
            }

            b[i] = s / l[i * p + i];
        }

        for (var i = p - 1; i >= 0; i--)
        {
            var s = b[i];
            for (var m = i + 1; m < p; m++)
            {
                s -= l[m * p + i] * b[m];
            }

            b[i] = s / l[i * p + i];
        }
    }

    /// <summary>Writes (LL')⁻¹ (full, symmetric) into <paramref name="inverse"/>, using L⁻¹ row by row.</summary>
    public static void Invert(ReadOnlySpan<double> l, int p, Span<double> inverse)
    {
        // First U = L⁻¹ (lower triangular) into the lower triangle of inverse, then A⁻¹ = U'U.
        for (var j = 0; j < p; j++)
        {
            inverse[j * p + j] = 1 / l[j * p + j];
            for (var i = j + 1; i < p; i++)
            {
                double s = 0;
                for (var m = j; m < i; m++)
                {
                    s -= l[i * p + m] * inverse[m * p + j];
                }

                inverse[i * p + j] = s / l[i * p + i];
            }
        }

        // (A⁻¹)ᵢⱼ = Σₘ Uₘᵢ·Uₘⱼ over m ≥ max(i, j); compute the upper triangle (i ≤ j) from the lower one, column
        // by column from the left so that no U entry is overwritten before it is used.
        for (var i = 0; i < p; i++)
        {
            for (var j = i; j < p; j++)
            {
                double s = 0;
                for (var m = j; m < p; m++)
                {
                    s += inverse[m * p + i] * inverse[m * p + j];
                }

                inverse[i * p + j] = s;
            }
        }

        for (var i = 1; i < p; i++)
        {
            for (var j = 0; j < i; j++)
            {
                inverse[i * p + j] = inverse[j * p + i];
            }
        }
    }

    /// <summary>log|A| = 2·Σ log Lⱼⱼ.</summary>
    public static double LogDeterminant(ReadOnlySpan<double> l, int p)
    {
        double s = 0;
        for (var j = 0; j < p; j++)
        {
            s += Math.Log(l[j * p + j]);
        }

        return 2 * s;
    }
}
