using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace MetaReview.Reporting.Tests.Snapshots;

/// <summary>
/// Compares rendered text with a checked-in file under <c>Snapshots/Expected/</c>. On a mismatch it writes
/// <c>name.received.ext</c> next to the expected file and fails with the first differing line and how to
/// accept the change. Set <c>METAREVIEW_ACCEPT_SNAPSHOTS=1</c> to overwrite the expected files instead.
/// </summary>
internal static class SnapshotAssert
{
    public const string AcceptVariable = "METAREVIEW_ACCEPT_SNAPSHOTS";

    public static void Matches(string actual, string name, string extension = "svg", [CallerFilePath] string callerFile = "")
    {
        var expectedDir = Path.Combine(ProjectDirectory(callerFile), "Snapshots", "Expected");
        var expectedPath = Path.Combine(expectedDir, $"{name}.{extension}");
        var receivedPath = Path.Combine(expectedDir, $"{name}.received.{extension}");
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) == "1";

        if (File.Exists(expectedPath))
        {
            var expected = File.ReadAllText(expectedPath, Encoding.UTF8).ReplaceLineEndings("\n");
            if (expected == actual)
            {
                File.Delete(receivedPath);
                return;
            }
        }

        if (accept)
        {
            Directory.CreateDirectory(expectedDir);
            File.WriteAllText(expectedPath, actual, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(expectedDir);
        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var how = $"If the new output is right, accept it: mv '{receivedPath}' '{expectedPath}' "
            + $"(or run the tests with {AcceptVariable}=1 to accept every snapshot), and look at the rendering before committing.";
        if (!File.Exists(expectedPath))
        {
            throw new XunitException($"No snapshot '{name}.{extension}' yet; the output is in {receivedPath}. {how}");
        }

        var difference = FirstDifference(File.ReadAllText(expectedPath, Encoding.UTF8).ReplaceLineEndings("\n"), actual);
        throw new XunitException($"Snapshot '{name}.{extension}' differs {difference}. The new output is in {receivedPath}. {how}");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"at line {i + 1}:\n  expected: {el}\n  received: {al}\n";
            }
        }

        return "(only in line endings)";
    }

    private static string ProjectDirectory(string callerFile)
    {
        var dir = Path.GetDirectoryName(callerFile);
        while (dir is not null && !File.Exists(Path.Combine(dir, "MetaReview.Reporting.Tests.csproj")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException($"cannot find the test project above {callerFile}");
    }
}
