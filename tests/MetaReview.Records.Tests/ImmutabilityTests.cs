using System.Reflection;

namespace MetaReview.Records.Tests;

/// <summary>Every public result type of the library is immutable: no public setters (init only), no writable public fields (NodaTime's MutabilityTest).</summary>
public class ImmutabilityTests
{
    [Fact]
    public void PublicTypes_HaveNoPublicSettersOrFields()
    {
        var types = typeof(Record).Assembly.GetExportedTypes().Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed)).ToList();
        Assert.Contains(typeof(Record), types);
        var mutable = new List<string>();
        foreach (var type in types)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = property.SetMethod;
                if (setter is { IsPublic: true } && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
                {
                    mutable.Add($"{type.Name}.{property.Name}");
                }
            }

            mutable.AddRange(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Where(f => !f.IsInitOnly).Select(f => $"{type.Name}.{f.Name}"));
        }

        Assert.Empty(mutable);
    }
}
