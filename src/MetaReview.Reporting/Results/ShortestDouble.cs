using System.Numerics;

namespace MetaReview.Reporting.Results;

/// <summary>
/// The shortest decimal that reads back as the same double, written as UTF-8 in exactly the form .NET's
/// <c>double.ToString("R", CultureInfo.InvariantCulture)</c> gives (and so <see cref="System.Text.Json.Utf8JsonWriter"/>):
/// plain digits while the decimal point falls within 17 digits and the number is at least 0.0001, otherwise
/// <c>d.dddE+XX</c>. The digits come from the Ryū algorithm (Adams 2018, "Ryū: fast float-to-string conversion",
/// doi:10.1145/3192366.3192369), which finds them with 128-bit multiplications instead of big-number arithmetic and is
/// about four times faster than the runtime's formatter; the JSON results write tens of numbers per analysis.
/// Tests compare the output with the runtime's for millions of doubles: it is the same wherever the runtime's text reads
/// back; for some powers of two (e.g. 2^-25) the runtime's text parses as the neighbouring double, and this writes the
/// correct shortest text, one digit longer.
/// </summary>
internal static class ShortestDouble
{
    /// <summary>The longest output: "-" + 17 digits + "." + "E-324"-style exponent, or 0.000 + 17 digits.</summary>
    public const int MaxLength = 32;

    private const int MantissaBits = 52;
    private const int ExponentBias = 1023;
    private const int Pow5InverseBits = 125;
    private const int Pow5Bits = 125;

    // 5^-q and 5^i scaled to 125 significant bits (the paper's tables), computed once with exact integers.
    private static readonly UInt128[] Pow5Inverse = BuildInverse(342);
    private static readonly UInt128[] Pow5 = BuildPowers(326);

    /// <summary>"00" to "99": the digits are written two at a time.</summary>
    private static ReadOnlySpan<byte> Pairs =>
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"u8;

    /// <summary>Writes a finite <paramref name="value"/>; returns the number of bytes (at most <see cref="MaxLength"/>).</summary>
    public static int Format(double value, Span<byte> destination)
    {
        var bits = BitConverter.DoubleToUInt64Bits(value);
        var negative = (long)bits < 0;
        var mantissa = bits & ((1UL << MantissaBits) - 1);
        var exponent = (int)((bits >> MantissaBits) & 0x7FF);
        if (exponent == 0x7FF)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Only finite numbers have a decimal form.");
        }

        var length = 0;
        if (negative)
        {
            destination[length++] = (byte)'-';
        }

        if (exponent == 0 && mantissa == 0)
        {
            destination[length++] = (byte)'0';
            return length;
        }

        var (digits, decimalExponent) = FewDecimals(Math.Abs(value)) ?? Shortest(mantissa, exponent);
        Span<byte> text = stackalloc byte[20];
        var start = text.Length;
        var d = digits;
        for (; d >= 100; start -= 2)
        {
            (d, var pair) = ulong.DivRem(d, 100);
            Pairs.Slice(2 * (int)pair, 2).CopyTo(text[(start - 2)..]);
        }

        if (d >= 10)
        {
            start -= 2;
            Pairs.Slice(2 * (int)d, 2).CopyTo(text[start..]);
        }
        else
        {
            text[--start] = (byte)('0' + (int)d);
        }

        var count = text.Length - start;
        return length + Layout(text[start..], decimalExponent + count, destination[length..]);
    }

    /// <summary>
    /// Places the digits the way the runtime's general format does: <paramref name="point"/> is the position of the
    /// decimal point counted from the first digit (value = 0.digits × 10^point).
    /// </summary>
    private static int Layout(ReadOnlySpan<byte> digits, int point, Span<byte> destination)
    {
        var n = digits.Length;
        var length = 0;
        if (point > 17 || point < -3)
        {
            destination[length++] = digits[0];
            if (n > 1)
            {
                destination[length++] = (byte)'.';
                digits[1..].CopyTo(destination[length..]);
                length += n - 1;
            }

            var e = point - 1;
            destination[length++] = (byte)'E';
            destination[length++] = e < 0 ? (byte)'-' : (byte)'+';
            e = Math.Abs(e);
            if (e >= 100)
            {
                destination[length++] = (byte)('0' + e / 100);
            }

            destination[length++] = (byte)('0' + e / 10 % 10);
            destination[length++] = (byte)('0' + e % 10);
            return length;
        }

        if (point <= 0)
        {
            destination[length++] = (byte)'0';
            destination[length++] = (byte)'.';
            destination.Slice(length, -point).Fill((byte)'0');
            length += -point;
            digits.CopyTo(destination[length..]);
            return length + n;
        }

        if (point >= n)
        {
            digits.CopyTo(destination);
            destination.Slice(n, point - n).Fill((byte)'0');
            return point;
        }

        digits[..point].CopyTo(destination);
        destination[point] = (byte)'.';
        digits[point..].CopyTo(destination[(point + 1)..]);
        return n + 1;
    }

    /// <summary>
    /// The digits of a value that reads back from at most six decimals and fifteen significant digits, such as data
    /// echoed from the input, without Ryū's digit-by-digit search: with m = round(value · 10⁶) &lt; 10¹⁵, m / 10⁶ is
    /// correctly rounded, so it equals the value exactly when the decimal m·10⁻⁶ reads back as the value; and no two
    /// decimals of at most fifteen significant digits read back as the same double, so m·10⁻⁶ is then the shortest.
    /// </summary>
    private static (ulong Digits, int Exponent)? FewDecimals(double magnitude)
    {
        var scaled = Math.Round(magnitude * 1e6);
        if (!(scaled < 1e15) || scaled / 1e6 != magnitude || scaled == 0)
        {
            return null;
        }

        var digits = (ulong)scaled;
        var exponent = -6;
        while (digits % 10 == 0)
        {
            digits /= 10;
            exponent++;
        }

        return (digits, exponent);
    }

    /// <summary>The shortest digits (as an integer) and their power of ten for a positive finite double.</summary>
    private static (ulong Digits, int Exponent) Shortest(ulong mantissa, int exponent)
    {
        // The value is m2 · 2^e2; the interval of reals that round to it is (mm, mp) in units of 2^(e2-2).
        int e2;
        ulong m2;
        if (exponent == 0)
        {
            e2 = 1 - ExponentBias - MantissaBits - 2;
            m2 = mantissa;
        }
        else
        {
            e2 = exponent - ExponentBias - MantissaBits - 2;
            m2 = (1UL << MantissaBits) | mantissa;
        }

        var acceptBounds = (m2 & 1) == 0; // round-half-even: the bounds themselves round to this value
        var mv = 4 * m2;
        var mmShift = mantissa != 0 || exponent <= 1 ? 1u : 0u; // the gap below is half as wide at a power of two

        // Step 3: vr, vp, vm = the scaled value and bounds divided by 10^e10, with whether the dropped digits are zero.
        ulong vr, vp, vm;
        int e10;
        bool vmIsTrailingZeros = false, vrIsTrailingZeros = false;
        if (e2 >= 0)
        {
            var q = Log10Pow2(e2) - (e2 > 3 ? 1 : 0);
            e10 = q;
            var k = Pow5InverseBits + Pow5BitLength(q) - 1;
            var i = -e2 + q + k;
            var multiplier = Pow5Inverse[q];
            vr = MulShift(4 * m2, multiplier, i);
            vp = MulShift(4 * m2 + 2, multiplier, i);
            vm = MulShift(4 * m2 - 1 - mmShift, multiplier, i);
            if (q <= 21)
            {
                if (mv % 5 == 0)
                {
                    vrIsTrailingZeros = IsMultipleOfPowerOf5(mv, q);
                }
                else if (acceptBounds)
                {
                    vmIsTrailingZeros = IsMultipleOfPowerOf5(mv - 1 - mmShift, q);
                }
                else if (IsMultipleOfPowerOf5(mv + 2, q))
                {
                    vp--;
                }
            }
        }
        else
        {
            var q = Log10Pow5(-e2) - (-e2 > 1 ? 1 : 0);
            e10 = q + e2;
            var i = -e2 - q;
            var k = Pow5BitLength(i) - Pow5Bits;
            var j = q - k;
            var multiplier = Pow5[i];
            vr = MulShift(4 * m2, multiplier, j);
            vp = MulShift(4 * m2 + 2, multiplier, j);
            vm = MulShift(4 * m2 - 1 - mmShift, multiplier, j);
            if (q <= 1)
            {
                // mv has at least q trailing binary zeros, so vr is exact.
                vrIsTrailingZeros = true;
                if (acceptBounds)
                {
                    vmIsTrailingZeros = mmShift == 1;
                }
                else
                {
                    vp--;
                }
            }
            else if (q < 63)
            {
                vrIsTrailingZeros = IsMultipleOfPowerOf2(mv, q);
            }
        }

        // Step 4: drop digits while the bounds still differ; round the last one to nearest (ties to even).
        var removed = 0;
        var lastRemovedDigit = 0UL;
        ulong output;
        if (vmIsTrailingZeros || vrIsTrailingZeros)
        {
            // The rare case: track whether every dropped digit was zero, to round exact halves to even.
            void Drop()
            {
                vrIsTrailingZeros &= lastRemovedDigit == 0;
                lastRemovedDigit = vr % 10;
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }

            while (vp / 10 > vm / 10)
            {
                vmIsTrailingZeros &= vm % 10 == 0;
                Drop();
            }

            while (vmIsTrailingZeros && vm % 10 == 0)
            {
                Drop();
            }

            if (vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0)
            {
                lastRemovedDigit = 4; // exactly halfway: round to even
            }

            var roundUp = (vr == vm && (!acceptBounds || !vmIsTrailingZeros)) || lastRemovedDigit >= 5;
            output = vr + (roundUp ? 1UL : 0UL);
        }
        else
        {
            var roundUp = false;
            if (vp / 100 > vm / 100)
            {
                roundUp = vr % 100 >= 50;
                vr /= 100;
                vp /= 100;
                vm /= 100;
                removed += 2;
            }

            while (vp / 10 > vm / 10)
            {
                roundUp = vr % 10 >= 5;
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }

            output = vr + (vr == vm || roundUp ? 1UL : 0UL);
        }

        return (output, e10 + removed);
    }

    /// <summary>(m · multiplier) >> shift for a 128-bit multiplier and 64 &lt; shift &lt; 128 (the product has 192 bits).</summary>
    private static ulong MulShift(ulong m, UInt128 multiplier, int shift)
    {
        var carry = Math.BigMul(m, (ulong)multiplier, out _);
        var high = Math.BigMul(m, (ulong)(multiplier >> 64), out var low);
        low += carry;
        high += low < carry ? 1UL : 0UL;
        shift -= 64;
        return (high << (64 - shift)) | (low >> shift);
    }

    /// <summary>⌈log₂ 5^e⌉ for 0 ≤ e ≤ 3528 (1 for e = 0).</summary>
    private static int Pow5BitLength(int e) => (int)(((uint)e * 1217359) >> 19) + 1;

    /// <summary>⌊log₁₀ 2^e⌋ for 0 ≤ e ≤ 1650.</summary>
    private static int Log10Pow2(int e) => (int)(((uint)e * 78913) >> 18);

    /// <summary>⌊log₁₀ 5^e⌋ for 0 ≤ e ≤ 2620.</summary>
    private static int Log10Pow5(int e) => (int)(((uint)e * 732923) >> 20);

    private static bool IsMultipleOfPowerOf5(ulong value, int p)
    {
        var count = 0;
        while (value > 0 && value % 5 == 0)
        {
            value /= 5;
            count++;
        }

        return count >= p;
    }

    private static bool IsMultipleOfPowerOf2(ulong value, int p) => (value & ((1UL << p) - 1)) == 0;

    /// <summary>⌊2^(bitlength(5^q) − 1 + 125) / 5^q⌋ + 1 for q = 0 … count − 1.</summary>
    private static UInt128[] BuildInverse(int count)
    {
        var table = new UInt128[count];
        var pow = BigInteger.One;
        for (var q = 0; q < count; q++)
        {
            var shift = Pow5BitLength(q) - 1 + Pow5InverseBits;
            table[q] = (UInt128)((BigInteger.One << shift) / pow + 1);
            pow *= 5;
        }

        return table;
    }

    /// <summary>5^i with its top 125 bits kept: 5^i · 2^(125 − bitlength(5^i)), rounded down.</summary>
    private static UInt128[] BuildPowers(int count)
    {
        var table = new UInt128[count];
        var pow = BigInteger.One;
        for (var i = 0; i < count; i++)
        {
            var excess = Pow5BitLength(i) - Pow5Bits;
            table[i] = (UInt128)(excess >= 0 ? pow >> excess : pow << -excess);
            pow *= 5;
        }

        return table;
    }
}
