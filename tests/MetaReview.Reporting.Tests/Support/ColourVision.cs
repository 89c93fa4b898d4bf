using MetaReview.Reporting.Drawing;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>
/// Simulated colour-vision deficiency and colour difference, to test that palettes stay distinguishable:
/// the severity-1.0 matrices of Machado GM, Oliveira MM, Fernandes LAF. A physiologically-based model for
/// simulation of color vision deficiency. IEEE TVCG 2009;15(6):1291–8 (applied to linear sRGB), and the
/// CIE 1976 ΔE*ab in CIELAB (D65).
/// </summary>
internal static class ColourVision
{
    public static readonly IReadOnlyDictionary<string, double[,]> Deficiencies = new Dictionary<string, double[,]>
    {
        ["protanopia"] = new[,] { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } },
        ["deuteranopia"] = new[,] { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } },
        ["tritanopia"] = new[,] { { 1.255528, -0.076749, -0.178779 }, { -0.078411, 0.930809, 0.147602 }, { 0.004733, 0.691367, 0.303900 } },
        ["normal"] = new[,] { { 1.0, 0, 0 }, { 0, 1.0, 0 }, { 0, 0, 1.0 } },
    };

    public static double DeltaE(Color a, Color b, double[,] deficiency)
    {
        var la = Lab(Simulate(a, deficiency));
        var lb = Lab(Simulate(b, deficiency));
        return Math.Sqrt(Math.Pow(la.L - lb.L, 2) + Math.Pow(la.A - lb.A, 2) + Math.Pow(la.B - lb.B, 2));
    }

    private static double[] Simulate(Color c, double[,] m)
    {
        static double Linear(byte v)
        {
            var s = v / 255.0;
            return s <= 0.04045 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4);
        }

        double[] rgb = [Linear(c.R), Linear(c.G), Linear(c.B)];
        var result = new double[3];
        for (var r = 0; r < 3; r++)
        {
            result[r] = Math.Clamp(m[r, 0] * rgb[0] + m[r, 1] * rgb[1] + m[r, 2] * rgb[2], 0, 1);
        }

        return result;
    }

    private static (double L, double A, double B) Lab(double[] rgb)
    {
        var x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        var y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        var z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : 7.787 * t + 16.0 / 116;
        return (116 * F(y) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }
}
