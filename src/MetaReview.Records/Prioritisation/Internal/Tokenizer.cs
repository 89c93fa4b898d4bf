using System.Collections.Frozen;

namespace MetaReview.Records.Prioritisation.Internal;

/// <summary>
/// Splits text into lower-case word tokens for TF-IDF: runs of letters and digits, at least two characters,
/// with at least one letter (numbers alone carry little about eligibility), and without common English
/// function words.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Function words that say nothing about a record's topic.</summary>
    public static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
    [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "during", "each", "either", "etc", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in",
        "into", "is", "it", "its", "itself", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor",
        "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
        "then", "there", "these", "they", "this", "those", "through", "thus", "to", "too", "under", "until", "up",
        "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "whether", "which", "while", "who",
        "whom", "why", "will", "with", "within", "without", "would", "yet", "you", "your", "yours",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Calls <paramref name="token"/> for each token of <paramref name="text"/> (lower-cased in a reused buffer).</summary>
    public static void Tokenize(ReadOnlySpan<char> text, Span<char> buffer, TokenAction token)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var length = 0;
            var letters = false;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                var c = text[i++];
                letters |= char.IsLetter(c);
                if (length < buffer.Length)
                {
                    buffer[length++] = char.ToLowerInvariant(c);
                }
            }

            if (length >= 2 && letters)
            {
                var word = buffer[..length];
                if (!StopLookup.Contains(word))
                {
                    token(word);
                }
            }
        }
    }

    /// <summary>Receives one token.</summary>
    public delegate void TokenAction(ReadOnlySpan<char> token);
}
