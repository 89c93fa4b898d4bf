using Spectre.Console;

namespace MetaReview.Cli.Commands.Screen;

/// <summary>The interactive terminal the screening and duplicate-review screens run in.</summary>
internal static class Terminal
{
    /// <summary>True when the command writes to the process's own console and both standard input and output are terminals.</summary>
    public static bool IsInteractive(CliContext context) =>
        ReferenceEquals(context.Out, Console.Out) && !Console.IsInputRedirected && !Console.IsOutputRedirected;

    /// <summary>A Spectre console on standard output (colours and keys as the terminal supports them).</summary>
    public static IAnsiConsole Create() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    /// <summary>
    /// Reads a line of text key by key (so that scripted keys can drive it in tests): Enter ends it, Backspace
    /// removes the last character, Escape (or the end of the keys) cancels and gives null.
    /// </summary>
    public static string? ReadLine(IAnsiConsole console, IAnsiConsoleInput keys, string prompt)
    {
        console.Markup($"{prompt} ");
        var text = new System.Text.StringBuilder();
        while (keys.ReadKey(intercept: true) is { } key)
        {
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    console.WriteLine();
                    return text.ToString().Trim();
                case ConsoleKey.Escape:
                    console.WriteLine();
                    return null;
                case ConsoleKey.Backspace when text.Length > 0:
                    text.Length--;
                    console.Write("\b \b");
                    break;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        text.Append(key.KeyChar);
                        console.Write(key.KeyChar.ToString());
                    }

                    break;
            }
        }

        return null;
    }
}
