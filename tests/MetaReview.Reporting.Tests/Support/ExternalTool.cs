using System.Diagnostics;
using System.Text;

namespace MetaReview.Reporting.Tests.Support;

/// <summary>
/// Runs the command-line programs some tests check the output with (poppler's pdftotext, fonttools' ttx,
/// qpdf, ...): independent readers of what MetaReview writes. A missing program fails the test with the
/// Debian package to install; tools/test.sh installs them all.
/// </summary>
internal static class ExternalTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);

    /// <summary>The program's path, or a failed test naming the Debian package that provides it.</summary>
    public static string Require(string program, string debianPackage)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Fail($"{program} is not installed; this test needs it to check the output independently. "
            + $"Install the Debian package {debianPackage} (sudo apt-get install -y {debianPackage}); tools/test.sh installs it.");
        return string.Empty;
    }

    /// <summary>Runs the program and returns its standard output; a non-zero exit fails the test with its standard error.</summary>
    public static byte[] Run(string program, string debianPackage, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = RunAllowingFailure(program, debianPackage, arguments);
        Assert.True(exitCode == 0, $"{program} {string.Join(' ', arguments)} failed (exit code {exitCode}): {stderr.Trim()}");
        return stdout;
    }

    public static string RunText(string program, string debianPackage, params string[] arguments) =>
        Encoding.UTF8.GetString(Run(program, debianPackage, arguments));

    public static (int ExitCode, byte[] Stdout, string Stderr) RunAllowingFailure(string program, string debianPackage, params string[] arguments) =>
        RunWithEnvironment(program, debianPackage, new Dictionary<string, string>(), arguments);

    /// <summary>Runs the program with extra environment variables (e.g. FONTCONFIG_FILE).</summary>
    public static (int ExitCode, byte[] Stdout, string Stderr) RunWithEnvironment(
        string program, string debianPackage, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo(Require(program, debianPackage))
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
}
