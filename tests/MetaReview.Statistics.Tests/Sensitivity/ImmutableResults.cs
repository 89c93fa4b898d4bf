using System.Reflection;

namespace MetaReview.Statistics.Tests.Sensitivity;

/// <summary>
/// Checks that every public result type of a namespace is immutable: each is a sealed (or abstract) record, an
/// enum, a delegate, a ref struct view or a static class, and every public property of a record is get-only or
/// init-only, of a type known to be immutable.
/// </summary>
internal static class ImmutableResults
{
    public static void AssertNamespace(Assembly assembly, string ns, params Type[] immutable)
    {
        var types = assembly.GetTypes().Where(t => t.IsPublic && t.Namespace == ns).ToList();
        Assert.NotEmpty(types);
        Type[] basics = [typeof(int), typeof(long), typeof(ulong), typeof(bool), typeof(double), typeof(double?), typeof(int?), typeof(long?), typeof(string)];
        foreach (var type in types.Where(t => !t.IsEnum && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t) && !t.IsByRefLike))
        {
            Assert.True(type.IsSealed || type.IsAbstract, $"{type.Name} is neither sealed nor abstract");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                var initOnly = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)) ?? true;
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{type.Name}.{property.Name} has a public setter");
                Assert.True(
                    basics.Contains(property.PropertyType) || immutable.Contains(property.PropertyType) || types.Contains(property.PropertyType),
                    $"{type.Name}.{property.Name} is of type {property.PropertyType.Name}, not known to be immutable");
            }
        }
    }
}
