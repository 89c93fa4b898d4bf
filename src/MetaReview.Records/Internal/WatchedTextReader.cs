namespace MetaReview.Records.Internal;

/// <summary>
/// Passes text through and notes the first line holding U+FFFD, the character decoders put in place of
/// bytes the encoding cannot read, so that the import can say where characters were lost.
/// </summary>
internal sealed class WatchedTextReader(TextReader inner) : TextReader
{
    private int _line = 1;
    private bool _afterCr;

    /// <summary>The first line (1-based) with a replacement character, or 0.</summary>
    public int FirstReplacementLine { get; private set; }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c != -1)
        {
            Watch((char)c);
        }

        return c;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var n = inner.Read(buffer, index, count);
        for (var i = index; i < index + n; i++)
        {
            Watch(buffer[i]);
        }

        return n;
    }

    public override string? ReadLine()
    {
        var line = inner.ReadLine();
        if (line is not null)
        {
            if (FirstReplacementLine == 0 && line.Contains('\uFFFD', StringComparison.Ordinal))
            {
                FirstReplacementLine = _line;
            }

            _line++;
            _afterCr = false;
        }

        return line;
    }

    private void Watch(char c)
    {
        switch (c)
        {
            case '\uFFFD' when FirstReplacementLine == 0:
                FirstReplacementLine = _line;
                break;
            case '\n' when _afterCr:
                _afterCr = false;
                break;
            case '\r' or '\n':
                _line++;
                _afterCr = c == '\r';
                break;
            default:
                _afterCr = false;
                break;
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
