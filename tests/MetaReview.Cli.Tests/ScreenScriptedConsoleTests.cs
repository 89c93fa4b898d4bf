using MetaReview.Cli.Commands.Screen;
using Spectre.Console;

namespace MetaReview.Cli.Tests;

/// <summary>Keys typed in advance, for the interactive screens (as Spectre.Console.Testing's TestConsoleInput).</summary>
internal sealed class ScriptedKeys : IAnsiConsoleInput
{
    private readonly Queue<ConsoleKeyInfo> _keys = new();

    /// <summary>
    /// Keys from a script: each character is a key; <c>⏎</c> is Enter, <c>⎋</c> Escape and <c>⌫</c> Backspace.
    /// After the last key, reading gives null (the end of input), which the screens treat as quitting.
    /// </summary>
    public ScriptedKeys(string script)
    {
        foreach (var c in script)
        {
            _keys.Enqueue(c switch
            {
                '⏎' => new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false),
                '⎋' => new ConsoleKeyInfo('\u001b', ConsoleKey.Escape, false, false, false),
                '⌫' => new ConsoleKeyInfo('\b', ConsoleKey.Backspace, false, false, false),
                _ => new ConsoleKeyInfo(c, char.IsAsciiLetter(c) ? ConsoleKey.A + (char.ToUpperInvariant(c) - 'A') : char.IsAsciiDigit(c) ? ConsoleKey.D0 + (c - '0') : ConsoleKey.Oem1, char.IsUpper(c), false, false),
            });
        }
    }

    /// <summary>Keys not read yet.</summary>
    public int Left => _keys.Count;

    public bool IsKeyAvailable() => _keys.Count > 0;

    public ConsoleKeyInfo? ReadKey(bool intercept) => _keys.TryDequeue(out var key) ? key : null;

    public Task<ConsoleKeyInfo?> ReadKeyAsync(bool intercept, CancellationToken cancellationToken) => Task.FromResult(ReadKey(intercept));
}

/// <summary>A Spectre console writing plain text (no colours, no escape codes) to a string, 160 columns wide.</summary>
internal static class ScriptedConsole
{
    public static readonly DateTimeOffset Noon = new(2024, 5, 2, 12, 0, 0, TimeSpan.Zero);

    public static (IAnsiConsole Console, StringWriter Text) Create()
    {
        var text = new StringWriter { NewLine = "\n" };
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(text),
        });
        console.Profile.Width = 160;
        return (console, text);
    }
}

/// <summary>The scripted keys and the line reader the screens use for notes, study ids and reasons.</summary>
public class ScreenScriptedConsoleTests
{
    [Fact]
    public void ReadLine_TypesEditsAndEnds()
    {
        var (console, text) = ScriptedConsole.Create();
        var keys = new ScriptedKeys("smiht⌫⌫th 2001⏎x");
        Assert.Equal("smith 2001", Terminal.ReadLine(console, keys, "Study:"));
        Assert.Equal(1, keys.Left);
        Assert.StartsWith("Study: ", text.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReadLine_EscapeOrTheEndOfInputCancels()
    {
        var (console, _) = ScriptedConsole.Create();
        Assert.Null(Terminal.ReadLine(console, new ScriptedKeys("abc⎋"), "Note:"));
        Assert.Null(Terminal.ReadLine(console, new ScriptedKeys("abc"), "Note:"));
    }
}
