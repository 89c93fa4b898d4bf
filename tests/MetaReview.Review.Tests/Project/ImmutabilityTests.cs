using System.Collections.Immutable;
using System.Reflection;
using MetaReview.Review.Project;

namespace MetaReview.Review.Tests.Project;

/// <summary>
/// Every public type of the review model is immutable (as NodaTime's MutabilityTest): no settable property
/// (init only), no public field, and no property of a mutable collection type.
/// </summary>
public class ImmutabilityTests
{
    private static readonly Type[] ModelTypes = [.. typeof(ReviewProject).Assembly.GetExportedTypes()
        .Where(t => t.Namespace == typeof(ReviewProject).Namespace && !t.IsEnum && !t.IsAbstract)];

    [Fact]
    public void ThereAreModelTypesToCheck() => Assert.Contains(typeof(OutcomeData), ModelTypes);

    [Fact]
    public void NoPublicSetters()
    {
        var settable = ModelTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        Assert.Empty(settable);
    }

    [Fact]
    public void NoPublicFields() =>
        Assert.Empty(ModelTypes.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance)).Select(f => $"{f.DeclaringType!.Name}.{f.Name}"));

    [Fact]
    public void NoMutableCollections()
    {
        static bool Mutable(Type t) => t.IsArray
            || (t.IsGenericType && t.GetGenericTypeDefinition() is var g && (g == typeof(List<>) || g == typeof(Dictionary<,>) || g == typeof(HashSet<>)));
        var mutable = ModelTypes.SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => Mutable(p.PropertyType))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}");
        Assert.Empty(mutable);
        Assert.Equal(typeof(ImmutableArray<OutcomeData>), typeof(ReviewOutcome).GetProperty(nameof(ReviewOutcome.Data))!.PropertyType);
    }
}
