using System.Globalization;
using System.Text;
using MetaReview.Reporting.Results;

namespace MetaReview.Reporting.Tests.Results;

/// <summary>
/// <see cref="ShortestDouble"/> must read back as the same double, and write exactly what the runtime writes for
/// <c>ToString("R")</c> (the form the JSON results had before it) wherever the runtime's text reads back: checked on
/// boundary values and on millions of doubles drawn from every exponent. The runtime's text does not read back for
/// some powers of two (2^-25 gives "2.980232238769531E-08", which parses as the double below it); there the
/// correct shortest text is one digit longer.
/// </summary>
public sealed class ShortestDoubleTests
{
    private static string Runtime(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void AssertMatches(double value)
    {
        var ours = Ours(value);
        Assert.Equal(BitConverter.DoubleToUInt64Bits(value), BitConverter.DoubleToUInt64Bits(double.Parse(ours, CultureInfo.InvariantCulture)));
        var runtime = Runtime(value);
        if (double.Parse(runtime, CultureInfo.InvariantCulture).Equals(value))
        {
            Assert.Equal(runtime, ours);
        }
        else
        {
            Assert.Equal(runtime.Length + 1, ours.Length);
        }
    }

    private static string Ours(double value)
    {
        Span<byte> buffer = stackalloc byte[ShortestDouble.MaxLength];
        return Encoding.ASCII.GetString(buffer[..ShortestDouble.Format(value, buffer)]);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    [InlineData(0.1)]
    [InlineData(0.3)]
    [InlineData(100.0)]
    [InlineData(1e15)]
    [InlineData(1e16)]
    [InlineData(1e17)]
    [InlineData(12345678901234568.0)]
    [InlineData(1.2345678901234568e17)]
    [InlineData(1e21)]
    [InlineData(1e-4)]
    [InlineData(1.2345e-4)]
    [InlineData(1e-5)]
    [InlineData(1.5e-5)]
    [InlineData(1.1918493969531596e-11)]
    [InlineData(5e-324)]
    [InlineData(2.2250738585072014e-308)]
    [InlineData(2.2250738585072009e-308)]
    [InlineData(double.MaxValue)]
    [InlineData(double.MinValue)]
    [InlineData(9007199254740992.0)]
    [InlineData(-0.46449484017051163)]
    [InlineData(44.362309096091145)]
    [InlineData(2.98023223876953125e-8)]
    public void Boundary_values_are_written_as_the_runtime_writes_them(double value) =>
        AssertMatches(value);

    [Fact]
    public void Two_to_the_minus_25_reads_back_where_the_runtime_text_does_not()
    {
        var value = Math.ScaleB(1, -25);
        Assert.Equal("2.9802322387695312E-08", Ours(value));
        Assert.NotEqual(value, double.Parse(Runtime(value), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Negative_zero_keeps_its_sign() => Assert.Equal("-0", Ours(-0.0));

    [Fact]
    public void Random_bit_patterns_over_every_exponent_match_the_runtime()
    {
        var random = new Random(20261121);
        for (var n = 0; n < 1_000_000; n++)
        {
            var value = BitConverter.UInt64BitsToDouble((ulong)random.NextInt64() ^ ((ulong)random.Next(2) << 63));
            if (double.IsFinite(value))
            {
                AssertMatches(value);
            }
        }
    }

    [Fact]
    public void Statistics_sized_results_and_short_decimals_match_the_runtime()
    {
        var random = new Random(7);
        for (var n = 0; n < 500_000; n++)
        {
            var scale = Math.Pow(10, random.Next(-12, 8));
            var computed = (random.NextDouble() - 0.3) * scale; // full 17-digit values, like estimates and p-values
            var typed = Math.Round(random.NextDouble() * 100, random.Next(0, 6)) * scale; // few digits, like data echoed back
            AssertMatches(computed);
            AssertMatches(typed);
        }
    }

    [Fact]
    public void Subnormals_powers_of_two_and_integers_match_the_runtime()
    {
        var random = new Random(11);
        for (var n = 0; n < 200_000; n++)
        {
            var subnormal = BitConverter.UInt64BitsToDouble((ulong)random.NextInt64(1, 1L << 52));
            AssertMatches(subnormal);
            var integer = (double)random.NextInt64(0, 1L << 62);
            AssertMatches(integer);
        }

        for (var e = -1074; e <= 1023; e++)
        {
            var power = Math.ScaleB(1, e);
            AssertMatches(power);
            AssertMatches(Math.BitDecrement(power));
        }

        for (var e = -323; e <= 308; e++)
        {
            var power = double.Parse($"1e{e}", CultureInfo.InvariantCulture);
            AssertMatches(power);
        }
    }
}
