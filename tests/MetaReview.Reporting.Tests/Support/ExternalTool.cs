using System.Diagnostics;
using System.Text;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>
/// Runs the command-line programs some tests check the output with (poppler's pdftotext, fonttools' ttx,
/// qpdf, ...): independent readers of what MetaReview writes. Tests that need them are marked
/// <see cref="FactNeedingToolsAttribute"/> or <see cref="TheoryNeedingToolsAttribute"/>, which skip them,
/// naming the Debian package to install, when a program is missing.
/// </summary>
internal static class ExternalTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The Debian package that provides each program the tests run.</summary>
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["pdftotext"] = "poppler-utils",
        ["pdftoppm"] = "poppler-utils",
        ["pdfinfo"] = "poppler-utils",
        ["pdffonts"] = "poppler-utils",
        ["qpdf"] = "qpdf",
        ["ttx"] = "fonttools",
        ["fc-query"] = "fontconfig",
        ["rsvg-convert"] = "librsvg2-bin",
    };

    /// <summary>
    /// Why a test that runs <paramref name="programs"/> cannot run here (the missing programs and the Debian
    /// packages to install), or null when all are installed.
    /// </summary>
    public static string? MissingReason(params string[] programs)
    {
        var missing = programs.Where(p => Find(p) is null).ToList();
        if (missing.Count == 0)
        {
            return null;
        }

        var packages = string.Join(' ', missing.Select(PackageOf).Distinct());
        return $"{string.Join(", ", missing)} not installed; this test checks the output with an independent reader. "
            + $"Install the Debian package(s): sudo apt-get install -y {packages}";
    }

    /// <summary>Runs the program and returns its standard output; a non-zero exit fails the test with its standard error.</summary>
    public static byte[] Run(string program, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = RunWithEnvironment(program, new Dictionary<string, string>(), arguments);
        Assert.True(exitCode == 0, $"{program} {string.Join(' ', arguments)} failed (exit code {exitCode}): {stderr.Trim()}");
        return stdout;
    }

    public static string RunText(string program, params string[] arguments) => Encoding.UTF8.GetString(Run(program, arguments));

    /// <summary>Runs the program with extra environment variables (e.g. FONTCONFIG_FILE).</summary>
    public static (int ExitCode, byte[] Stdout, string Stderr) RunWithEnvironment(
        string program, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var path = Find(program);
        if (path is null)
        {
            Assert.Fail(MissingReason(program));
        }

        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(stdout);
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} did not finish within {Timeout.TotalSeconds} s");
        }

        copy.Wait();
        return (process.ExitCode, stdout.ToArray(), stderr.Result);
    }

    private static string PackageOf(string program) =>
        Packages.TryGetValue(program, out var package)
            ? package
            : throw new ArgumentOutOfRangeException(nameof(program), program, "add the program and its Debian package to ExternalTool.Packages");

    /// <summary>The program's path on PATH, or null.</summary>
    private static string? Find(string program)
    {
        PackageOf(program); // every program the tests run is listed with its package
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }
}
