using System.Numerics;
using System.Runtime.InteropServices;

namespace MetaReview.Statistics.Internal;

/// <summary>
/// The vector kernels of <see cref="RegressionFit"/>: element-wise weights and the weighted sums over studies that
/// build the p×p cross-products, SIMD-wide (<see cref="Vector{T}"/>) with a scalar tail. All spans of one call
/// have the same length.
/// </summary>
internal static class WeightedSums
{
    /// <summary>w = 1/(v + tau²), w2 = w², w3 = w³; returns (Σw, Σw²).</summary>
    public static (double SumW, double SumW2) Weights(ReadOnlySpan<double> v, double tau2, Span<double> w, Span<double> w2, Span<double> w3)
    {
        var i = 0;
        double sw = 0, sw2 = 0;
        if (Vector.IsHardwareAccelerated && v.Length >= Vector<double>.Count)
        {
            var vv = MemoryMarshal.Cast<double, Vector<double>>(v);
            var vw = MemoryMarshal.Cast<double, Vector<double>>(w);
            var vw2 = MemoryMarshal.Cast<double, Vector<double>>(w2);
            var vw3 = MemoryMarshal.Cast<double, Vector<double>>(w3);
            var t = new Vector<double>(tau2);
            Vector<double> a = default, b = default;
            for (var j = 0; j < vv.Length; j++)
            {
                var wj = Vector<double>.One / (vv[j] + t);
                var wj2 = wj * wj;
                vw[j] = wj;
                vw2[j] = wj2;
                vw3[j] = wj2 * wj;
                a += wj;
                b += wj2;
            }

            sw = Vector.Sum(a);
            sw2 = Vector.Sum(b);
            i = vv.Length * Vector<double>.Count;
        }

        for (; i < v.Length; i++)
        {
            var wi = 1 / (v[i] + tau2);
            w[i] = wi;
            w2[i] = wi * wi;
            w3[i] = wi * wi * wi;
            sw += wi;
            sw2 += wi * wi;
        }

        return (sw, sw2);
    }

    /// <summary>result = a ∘ b (element-wise).</summary>
    public static void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(result);
            for (var j = 0; j < va.Length; j++)
            {
                vr[j] = va[j] * vb[j];
            }

            i = va.Length * Vector<double>.Count;
        }

        for (; i < a.Length; i++)
        {
            result[i] = a[i] * b[i];
        }
    }

    /// <summary>Σ aᵢbᵢ.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var i = 0;
        double s = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            Vector<double> acc = default;
            for (var j = 0; j < va.Length; j++)
            {
                acc += va[j] * vb[j];
            }

            s = Vector.Sum(acc);
            i = va.Length * Vector<double>.Count;
        }

        for (; i < a.Length; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }

    /// <summary>(Σ aᵢbᵢuᵢ, Σ aᵢbᵢvᵢ, Σ aᵢbᵢzᵢ): three weighted cross-products of the columns a and b in one pass.</summary>
    public static (double U, double V, double Z) Triple(ReadOnlySpan<double> a, ReadOnlySpan<double> b,
        ReadOnlySpan<double> u, ReadOnlySpan<double> v, ReadOnlySpan<double> z)
    {
        var i = 0;
        double su = 0, sv = 0, sz = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count)
        {
            var va = MemoryMarshal.Cast<double, Vector<double>>(a);
            var vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            var vu = MemoryMarshal.Cast<double, Vector<double>>(u);
            var vv = MemoryMarshal.Cast<double, Vector<double>>(v);
            var vz = MemoryMarshal.Cast<double, Vector<double>>(z);
            Vector<double> au = default, av = default, az = default;
            for (var j = 0; j < va.Length; j++)
            {
                var o = va[j] * vb[j];
                au += o * vu[j];
                av += o * vv[j];
                az += o * vz[j];
            }

            su = Vector.Sum(au);
            sv = Vector.Sum(av);
            sz = Vector.Sum(az);
            i = va.Length * Vector<double>.Count;
        }

        for (; i < a.Length; i++)
        {
            var o = a[i] * b[i];
            su += o * u[i];
            sv += o * v[i];
            sz += o * z[i];
        }

        return (su, sv, sz);
    }

    /// <summary>r −= s·x.</summary>
    public static void SubtractScaled(Span<double> r, double s, ReadOnlySpan<double> x)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && r.Length >= Vector<double>.Count)
        {
            var vr = MemoryMarshal.Cast<double, Vector<double>>(r);
            var vx = MemoryMarshal.Cast<double, Vector<double>>(x);
            var vs = new Vector<double>(s);
            for (var j = 0; j < vr.Length; j++)
            {
                vr[j] -= vs * vx[j];
            }

            i = vr.Length * Vector<double>.Count;
        }

        for (; i < r.Length; i++)
        {
            r[i] -= s * x[i];
        }
    }

    /// <summary>(Σ uᵢrᵢ², Σ vᵢrᵢ², Σ zᵢrᵢ²).</summary>
    public static (double U, double V, double Z) Squares(ReadOnlySpan<double> r, ReadOnlySpan<double> u, ReadOnlySpan<double> v, ReadOnlySpan<double> z) =>
        Triple(r, r, u, v, z);
}
