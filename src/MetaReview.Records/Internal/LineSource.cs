namespace MetaReview.Records.Internal;

/// <summary>
/// Splits text into numbered lines, streaming. CR LF, bare CR and bare LF all end a line (exports mix
/// them), so line numbers match what an editor that honours all three shows. A leading byte-order mark is
/// dropped.
/// </summary>
internal static class LineSource
{
    public static IEnumerable<TextLine> Lines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (number == 1 && text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }

            yield return new TextLine(number, text);
        }
    }
}
