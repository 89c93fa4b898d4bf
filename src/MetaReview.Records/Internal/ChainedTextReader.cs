namespace MetaReview.Records.Internal;

/// <summary>Reads a string already taken from a reader (a header line, a sniffed prefix), then the rest of the reader.</summary>
internal sealed class ChainedTextReader(string first, TextReader rest) : TextReader
{
    private int _position;

    public override int Peek() => _position < first.Length ? first[_position] : rest.Peek();

    public override int Read() => _position < first.Length ? first[_position++] : rest.Read();

    public override int Read(char[] buffer, int index, int count)
    {
        if (_position < first.Length)
        {
            var n = Math.Min(count, first.Length - _position);
            first.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }

        return rest.Read(buffer, index, count);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
