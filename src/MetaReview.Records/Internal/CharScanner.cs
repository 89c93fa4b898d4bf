namespace MetaReview.Records.Internal;

/// <summary>Reads a <see cref="TextReader"/> character by character, keeping the 1-based line and column of the next character.</summary>
internal sealed class CharScanner(TextReader reader)
{
    private bool _afterCr;

    public int Line { get; private set; } = 1;

    public int Column { get; private set; } = 1;

    public int Peek() => reader.Peek();

    public int Next()
    {
        var c = reader.Read();
        switch (c)
        {
            case -1:
                return c;
            case '\n' when _afterCr:
                _afterCr = false;
                return c;
            case '\r' or '\n':
                Line++;
                Column = 1;
                _afterCr = c == '\r';
                return c;
            default:
                _afterCr = false;
                Column++;
                return c;
        }
    }

    public void SkipWhitespace()
    {
        while (Peek() is var c && c != -1 && char.IsWhiteSpace((char)c))
        {
            Next();
        }
    }
}
