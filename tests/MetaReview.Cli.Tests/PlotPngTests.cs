namespace MetaReview.Cli.Tests;

/// <summary>Tests that change PATH run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class PlotPngCollection
{
    public const string Name = "PATH";
}

/// <summary>PNG output through rsvg-convert, and the message and exit code 1 when it is missing.</summary>
[Collection(PlotPngCollection.Name)]
public sealed class PlotPngTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("metareview-png-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Png_IsWrittenWhenRsvgConvertIsInstalled()
    {
        var path = Path.Combine(_dir, "bcg.png");
        var (exit, _, error) = Cli.Run("plot", "funnel", Cli.Data("dat.bcg.csv"), "--dpi", "72", "-o", path);
        Assert.True(exit == 0, error);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(path)[..4]);
    }

    [Fact]
    public void Png_WithoutRsvgConvert_SaysWhatToInstallAndExits1()
    {
        var old = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", _dir);
        try
        {
            var path = Path.Combine(_dir, "bcg.png");
            var (exit, _, error) = Cli.Run("plot", "forest", Cli.Data("dat.bcg.csv"), "-o", path);
            Assert.Equal(1, exit);
            Assert.Contains("PNG output needs rsvg-convert", error, StringComparison.Ordinal);
            Assert.Contains("librsvg2-bin", error, StringComparison.Ordinal);
            Assert.False(File.Exists(path));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", old);
        }
    }

    public static TheoryData<string[]> DiagnosticVerbs =>
    [
        ["baujat"], ["radial"], ["labbe"], ["bubble", "--mods", "ablat"], ["gosh"], ["influence"],
    ];

    [Theory]
    [MemberData(nameof(DiagnosticVerbs))]
    public void Png_DiagnosticPlots_AreWrittenWhenRsvgConvertIsInstalled(string[] verb)
    {
        var path = Path.Combine(_dir, verb[0] + ".png");
        var (exit, output, error) = Cli.Run(["plot", .. verb[..1], Cli.Data("dat.bcg.csv"), .. verb[1..], "--dpi", "72", "-o", path]);
        Assert.True(exit == 0, error);
        Assert.StartsWith(path + ": ", output, StringComparison.Ordinal);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(path)[..4]);
    }

    [Theory]
    [MemberData(nameof(DiagnosticVerbs))]
    public void Png_DiagnosticPlots_WithoutRsvgConvert_SayWhatToInstallAndExit1(string[] verb)
    {
        var old = Environment.GetEnvironmentVariable("PATH");
        Environment.SetEnvironmentVariable("PATH", _dir);
        try
        {
            var path = Path.Combine(_dir, verb[0] + ".png");
            var (exit, output, error) = Cli.Run(["plot", .. verb[..1], Cli.Data("dat.bcg.csv"), .. verb[1..], "-o", path]);
            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains("PNG output needs rsvg-convert", error, StringComparison.Ordinal);
            Assert.Contains("librsvg2-bin", error, StringComparison.Ordinal);
            Assert.False(File.Exists(path));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", old);
        }
    }
}
