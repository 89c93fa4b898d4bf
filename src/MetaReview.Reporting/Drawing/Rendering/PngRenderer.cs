using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MetaReview.Reporting.Drawing.Fonts;

namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>
/// Renders a scene to PNG by piping its SVG through <c>rsvg-convert</c> (Debian/Ubuntu package
/// <c>librsvg2-bin</c>). The embedded fonts are handed to rsvg-convert through a private fontconfig
/// configuration, so the bitmap uses the same font as the layout even where Liberation Sans is not
/// installed.
/// </summary>
public sealed class PngRenderer : ISceneRenderer
{
    /// <summary>The program this renderer runs.</summary>
    public const string Program = "rsvg-convert";

    /// <summary>The message given when rsvg-convert is missing.</summary>
    public const string MissingMessage =
        "PNG output needs rsvg-convert, which was not found on the PATH. "
        + "Install it with 'sudo apt-get install librsvg2-bin' (Debian/Ubuntu), "
        + "'brew install librsvg' (macOS) or 'dnf install librsvg2-tools' (Fedora); SVG and PDF output do not need it.";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private static readonly Lock FontGate = new();
    private static string? _fontConfigFile;

    public PngRenderer(double dpi = 300)
    {
        if (!(dpi >= 10 && dpi <= 2400))
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), $"PNG resolution must be between 10 and 2400 dpi, got {dpi}");
        }

        Dpi = dpi;
    }

    /// <summary>Resolution in dots per inch: a scene W points wide becomes W × dpi / 72 pixels.</summary>
    public double Dpi { get; }

    public PlotFormat Format => PlotFormat.Png;

    /// <summary>True when rsvg-convert is on the PATH.</summary>
    public static bool IsAvailable => FindProgram() is not null;

    public static byte[] Render(Scene scene, double dpi = 300)
    {
        using var buffer = new MemoryStream();
        new PngRenderer(dpi).Write(scene, buffer);
        return buffer.ToArray();
    }

    /// <exception cref="RendererUnavailableException">rsvg-convert is not installed (<see cref="MissingMessage"/>).</exception>
    public void Write(Scene scene, Stream output)
    {
        ArgumentNullException.ThrowIfNull(scene);
        ArgumentNullException.ThrowIfNull(output);
        var program = FindProgram() ?? throw new RendererUnavailableException(MissingMessage);
        var svg = Encoding.UTF8.GetBytes(SvgRenderer.Render(scene));
        var dpi = Dpi.ToString("0.###", CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--format=png", "--dpi-x=" + dpi, "--dpi-y=" + dpi })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["FONTCONFIG_FILE"] = FontConfigFile();
        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            throw new RendererUnavailableException(MissingMessage, e);
        }

        var stderr = process.StandardError.ReadToEndAsync();
        var png = new MemoryStream();
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(png);
        process.StandardInput.BaseStream.Write(svg);
        process.StandardInput.Close();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Program} did not finish within {Timeout.TotalSeconds} s while rendering a {scene.Width} × {scene.Height} pt scene at {dpi} dpi");
        }

        stdout.Wait();
        if (process.ExitCode != 0 || png.Length == 0)
        {
            throw new InvalidOperationException($"{Program} failed (exit code {process.ExitCode}): {stderr.Result.Trim()}");
        }

        png.Position = 0;
        png.CopyTo(output);
    }

    private static string? FindProgram()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var dir in path.Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(dir, Program);
            if (File.Exists(candidate))
            {
                return candidate;
            }

            if (OperatingSystem.IsWindows() && File.Exists(candidate + ".exe"))
            {
                return candidate + ".exe";
            }
        }

        return null;
    }

    /// <summary>
    /// A fontconfig file that adds the embedded faces to the system configuration. The fonts are written
    /// once per process to a directory named by their hash, so concurrent processes share it safely.
    /// </summary>
    internal static string FontConfigFile()
    {
        lock (FontGate)
        {
            if (_fontConfigFile is not null && File.Exists(_fontConfigFile))
            {
                return _fontConfigFile;
            }

            var hash = Convert.ToHexStringLower(SHA256.HashData(EmbeddedFonts.FaceNames.SelectMany(f => EmbeddedFonts.GetFontFile(f).ToArray()).ToArray()))[..16];
            var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "metareview-fonts-" + hash);
            Directory.CreateDirectory(dir);
            foreach (var face in EmbeddedFonts.FaceNames)
            {
                WriteIfMissing(System.IO.Path.Combine(dir, face + ".ttf"), EmbeddedFonts.GetFontFile(face).ToArray());
            }

            var config = $"""
                <?xml version="1.0"?>
                <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
                <fontconfig>
                  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
                  <dir>{System.Security.SecurityElement.Escape(dir)}</dir>
                  <cachedir>{System.Security.SecurityElement.Escape(System.IO.Path.Combine(dir, "cache"))}</cachedir>
                </fontconfig>

                """;
            var file = System.IO.Path.Combine(dir, "fonts.conf");
            WriteIfMissing(file, Encoding.UTF8.GetBytes(config));
            _fontConfigFile = file;
            return file;
        }
    }

    private static void WriteIfMissing(string path, byte[] content)
    {
        if (File.Exists(path) && new FileInfo(path).Length == content.Length)
        {
            return;
        }

        var temp = path + "." + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".tmp";
        File.WriteAllBytes(temp, content);
        File.Move(temp, path, overwrite: true);
    }
}
