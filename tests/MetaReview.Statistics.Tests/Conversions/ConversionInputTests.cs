using System.Collections.Immutable;
using System.Reflection;
using MetaReview.Statistics.Conversions;

namespace MetaReview.Statistics.Tests.Conversions;

/// <summary>
/// Bad input gets an <see cref="ArgumentException"/> naming the argument and quoting the value; results are
/// immutable.
/// </summary>
public class ConversionInputTests
{
    public static TheoryData<string, string, string> Invalid => new()
    {
        { "median below q1", "median", "q1 (8) must be ≤ median (6)" },
        { "max below median", "max", "median (6) must be ≤ max (5)" },
        { "n below 2", "n", "n must be a finite number ≥ 2, got 1" },
        { "NaN min", "min", "min must be a finite number, got NaN" },
        { "min without max", "max", "min and max must be given together, got only min" },
        { "median alone", "median", "a median alone gives no SD" },
        { "negative SE", "standardError", "standardError must be a finite number ≥ 0, got -0.5" },
        { "reversed CI", "ciUpper", "ciLower (33.9) must be ≤ ciUpper (7.6)" },
        { "level 95", "level", "level must be between 0 and 1 (exclusive), got 95" },
        { "ratio bound 0", "ciLower", "ciLower must be a finite number > 0, got 0" },
        { "p of 1", "p", "p must be between 0 and 1 (exclusive), got 1" },
        { "null estimate", "estimate", "estimate must differ from the null value (1) to give an SE from a P value, got 1" },
        { "negative RR", "estimate", "estimate must be a finite number > 0, got -1.41" },
        { "r above 1", "correlation", "correlation must be between -1 and 1, got 1.2" },
        { "negative SD", "sdFinal", "sdFinal must be a finite number ≥ 0, got -1.2" },
        { "one arm", "arms.Count", "arms.Count must be ≥ 2, got 1" },
        { "arm SD", "arms[1].Sd", "arms[1].Sd must be a finite number ≥ 0, got -2" },
        { "events above n", "arms[0].Events", "arms[0].Events (19) cannot exceed arms[0].N (18)" },
        { "one comparison", "comparisons", "comparisons must be ≥ 2, got 1" },
        { "zero weight", "weights[1]", "weights[1] must be a finite number > 0, got 0" },
        { "ICC 1", "icc", "icc must be ≥ 0 and < 1, got 1" },
        { "cluster size 0.5", "meanClusterSize", "meanClusterSize must be a finite number ≥ 1, got 0.5" },
        { "cluster larger than arm", "meanClusterSize", "meanClusterSize (30) cannot exceed n (20)" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Invalid_Input_NamesTheArgumentAndValue(string which, string parameter, string message)
    {
        Action call = which switch
        {
            "median below q1" => () => MedianToMean.FromInterquartileRange(8, 6, 10, 20),
            "max below median" => () => MedianToMean.FromRange(2, 6, 5, 20),
            "n below 2" => () => MedianToMean.FromRange(2, 6, 14, 1),
            "NaN min" => () => MedianToMean.FromFiveNumbers(double.NaN, 4, 6, 10, 14, 20),
            "min without max" => () => MedianToMean.FromSummary(2, null, 6, null, null, 20),
            "median alone" => () => MedianToMean.FromSummary(null, null, 6, null, null, 20),
            "negative SE" => () => SdFromStandardError.Compute(-0.5, 20),
            "reversed CI" => () => SdFromConfidenceInterval.Compute(33.9, 7.6, 23),
            "level 95" => () => SdFromConfidenceInterval.Compute(7.6, 33.9, 23, level: 95),
            "ratio bound 0" => () => StandardErrorFromConfidenceInterval.Compute(0, 2, EffectScale.Ratio),
            "p of 1" => () => StandardErrorFromPValue.Compute(0.5, 1, EffectScale.Difference),
            "null estimate" => () => StandardErrorFromPValue.Compute(1, 0.2, EffectScale.Ratio),
            // Banos et al. 2025 printed "RR = −1.41" (docs/ALS-TRIALS.md): a negative ratio is impossible.
            "negative RR" => () => StandardErrorFromPValue.Compute(-1.41, 0.04, EffectScale.Ratio),
            "r above 1" => () => ChangeScore.Sd(2, 3, 1.2),
            "negative SD" => () => ChangeScore.Sd(2, -1.2, 0.5),
            "one arm" => () => CombineArms.Continuous([new ContinuousArm(10, 1, 1)]),
            "arm SD" => () => CombineArms.Continuous(new ContinuousArm(10, 1, 1), new ContinuousArm(10, 1, -2)),
            "events above n" => () => CombineArms.Binary([new BinaryArm(19, 18), new BinaryArm(1, 10)]),
            "one comparison" => () => SharedControl.Continuous(30, 1),
            "zero weight" => () => SharedControl.Continuous(30, [1, 0]),
            "ICC 1" => () => ClusterAdjustment.DesignEffect(10, 1),
            "cluster size 0.5" => () => ClusterAdjustment.Continuous(20, 0.5, 0.1),
            "cluster larger than arm" => () => ClusterAdjustment.Continuous(20, 30, 0.1),
            _ => throw new ArgumentOutOfRangeException(nameof(which), which, "no such case"),
        };
        var e = Assert.Throws<ArgumentException>(call);
        Assert.Equal(parameter, e.ParamName);
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hozo_WithoutQuartiles_AndEqualBounds_AreLegal()
    {
        // Degenerate but legal: min = median = max gives SD 0 with a note, not an exception.
        var r = MedianToMean.FromRange(3, 3, 3, 10, MedianToMeanMethod.Hozo2005);
        Assert.Equal(0, r.Sd);
        Assert.Single(r.Record.Notes);
    }

    [Fact]
    public void ResultTypes_AreImmutable()
    {
        // Every public type of the namespace is a sealed record, an enum or a static class, and every public
        // property is get-only or init-only, of an immutable type.
        var types = typeof(ConversionRecord).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.Namespace == "MetaReview.Statistics.Conversions")
            .ToList();
        Assert.NotEmpty(types);
        Type[] immutable = [typeof(double), typeof(double?), typeof(string), typeof(ImmutableArray<ConversionValue>), typeof(ImmutableArray<string>), typeof(ImmutableArray<ControlShare>)];
        foreach (var type in types.Where(t => !t.IsEnum && !(t.IsAbstract && t.IsSealed)))
        {
            Assert.True(type.IsSealed, $"{type.Name} is not sealed");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) ?? true;
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{property.Name} has a public setter");
                Assert.True(
                    immutable.Contains(property.PropertyType) || types.Contains(property.PropertyType),
                    $"{type.Name}.{property.Name} is of type {property.PropertyType.Name}, not known to be immutable");
            }
        }
    }
}
