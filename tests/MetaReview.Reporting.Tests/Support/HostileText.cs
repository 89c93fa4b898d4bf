using FsCheck;
using FsCheck.Fluent;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>Labels that try to break layout and output: markup, quotes, long words, other scripts, emoji.</summary>
internal static class HostileText
{
    public const string Markup = "<script>alert(1)</script> & \"Smith\"";

    public const string LongName = "Schünemann-Papadopoulou-Vandenbroucke and the Collaborative Trialists Group (cluster-randomised, 2019, second report)";

    private static readonly char[] Alphabet =
        [.. "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     -–—,.;:()[]<>&\"'/%+×−ÆØÅæøåßÜüÉéŁłŽžΩμέγαЖжё中文日本語😀\u0301\u00A0"];

    /// <summary>Random names of 1 to 80 characters from <see cref="Alphabet"/>, not all spaces.</summary>
    public static Gen<string> Names { get; } =
        Gen.Choose(1, 80)
            .SelectMany(n => Gen.ArrayOf(Gen.Elements(Alphabet), n))
            .Select(chars => new string(chars))
            .Where(s => !string.IsNullOrWhiteSpace(s));

    /// <summary>Lists of <paramref name="min"/> to <paramref name="max"/> generated items.</summary>
    public static Gen<List<T>> Between<T>(Gen<T> items, int min, int max) =>
        Gen.Choose(min, max).SelectMany(n => Gen.ListOf(items, n)).Select(l => l.ToList());
}
