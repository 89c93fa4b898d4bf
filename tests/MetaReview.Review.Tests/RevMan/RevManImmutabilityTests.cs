using System.Reflection;
using MetaReview.Review.RevMan;

namespace MetaReview.Review.Tests.RevMan;

/// <summary>Every public type of the RevMan model and check is immutable: no settable property, no writable field.</summary>
public class RevManImmutabilityTests
{
    private static IEnumerable<Type> Types() =>
        typeof(RevManReview).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(RevManReview).Namespace && !t.IsEnum && !t.IsAbstract);

    public static TheoryData<Type> PublicTypes() => [.. Types()];

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void HasNoSetters(Type type)
    {
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = p.SetMethod;
            var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit") ?? false;
            Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{p.Name} has a public setter");
        }

        Assert.All(type.GetFields(BindingFlags.Public | BindingFlags.Instance), f => Assert.True(f.IsInitOnly, $"{type.Name}.{f.Name} is writable"));
    }

    [Fact]
    public void TheModelTypesAreThere() =>
        Assert.Contains(typeof(RevManOutcome), Types());
}
