using System.Runtime.CompilerServices;

namespace MetaReview.Cli.Tests;

/// <summary>
/// Compares text with a checked-in snapshot (Snapshots/NAME.verified.txt). On a mismatch the actual text is
/// written to NAME.received.txt beside it; to accept it, review the difference and rename it to .verified.txt.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string caller = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(caller)!, "Snapshots");
        var verified = Path.Combine(folder, name + ".verified.txt");
        var received = Path.Combine(folder, name + ".received.txt");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (File.Exists(verified) && File.ReadAllText(verified) == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"Output differs from {verified}; the actual output is in {received}. Review the difference, then rename it to accept."
            : $"No snapshot {verified} yet; the actual output is in {received}. Review it, then rename it to accept.");
    }
}
