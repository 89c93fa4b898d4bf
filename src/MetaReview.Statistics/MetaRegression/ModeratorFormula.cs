using System.Collections.Immutable;
using System.Text;

namespace MetaReview.Statistics.MetaRegression;

/// <summary>
/// The right-hand side of an R model formula for moderators, as in metafor's <c>rma(yi, vi, mods = ~ ablat +
/// year + factor(alloc))</c>: terms joined by <c>+</c>, each a column name (a numeric moderator's slope; a
/// categorical column becomes a factor) or <c>factor(column)</c>. An intercept is included unless the formula
/// says <c>- 1</c>, <c>+ 0</c> or starts with <c>0</c>. The leading <c>~</c> is optional; names with other
/// characters can be back-quoted (<c>`dose mg`</c>). Interactions (<c>:</c>, <c>*</c>) and transformations
/// are not supported: compute such a column beforehand.
/// </summary>
public sealed class ModeratorFormula
{
    private ModeratorFormula(string text, bool intercept, ImmutableArray<ModeratorTerm> terms)
    {
        Text = text;
        Intercept = intercept;
        Terms = terms;
    }

    /// <summary>The formula as given.</summary>
    public string Text { get; }

    /// <summary>True when the model has an intercept (the default).</summary>
    public bool Intercept { get; }

    /// <summary>The moderator terms in formula order, without duplicates.</summary>
    public ImmutableArray<ModeratorTerm> Terms { get; }

    /// <summary>Parses a formula such as <c>"ablat + year + factor(alloc)"</c> or <c>"~ factor(alloc) - 1"</c>.</summary>
    /// <exception cref="FormatException">
    /// When the text is not a formula of this form; the message quotes the formula and points at the offending
    /// position with a caret.
    /// </exception>
    public static ModeratorFormula Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Parser(text).Run();
    }

    /// <summary>The formula in canonical form, e.g. <c>~ ablat + year + factor(alloc)</c> or <c>~ factor(alloc) - 1</c>.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder("~ ");
        builder.AppendJoin(" + ", Terms.Select(t => t.Label));
        if (!Intercept)
        {
            builder.Append(Terms.IsEmpty ? "0" : " - 1");
        }

        return builder.ToString();
    }

    private sealed class Parser(string text)
    {
        private int _position;

        public ModeratorFormula Run()
        {
            var terms = new List<ModeratorTerm>();
            bool? intercept = null;
            SkipSpace();
            if (Peek() == '~')
            {
                _position++;
            }

            SkipSpace();
            if (_position >= text.Length)
            {
                throw Error("the formula is empty; expected e.g. \"ablat + year\" or \"factor(alloc)\"");
            }

            var sign = '+';
            if (Peek() is '+' or '-')
            {
                sign = text[_position++];
                SkipSpace();
            }

            while (true)
            {
                var start = _position;
                var item = Item();
                if (item is null)
                {
                    // "1" or "0": the intercept.
                    var one = text[start] == '1';
                    if (sign == '-' && one)
                    {
                        intercept = false;
                    }
                    else if (sign == '+' && !one)
                    {
                        intercept = false;
                    }
                    else if (sign == '+')
                    {
                        intercept ??= true;
                    }
                    else
                    {
                        _position = start;
                        throw Error("'- 0' is not meaningful; write '- 1' or '+ 0' to leave out the intercept");
                    }
                }
                else if (sign == '-')
                {
                    _position = start;
                    throw Error("only the intercept can be removed ('- 1'); leave the term out instead");
                }
                else if (!terms.Contains(item))
                {
                    terms.Add(item);
                }

                SkipSpace();
                if (_position >= text.Length)
                {
                    break;
                }

                var c = text[_position];
                if (c is ':' or '*' or '^' or '/' or '|')
                {
                    throw Error($"'{c}' (interactions and nesting) is not supported; compute the product as its own column");
                }

                if (c is not ('+' or '-'))
                {
                    throw Error("expected '+' or '-' between terms");
                }

                sign = c;
                _position++;
                SkipSpace();
            }

            return new ModeratorFormula(text, intercept ?? true, [.. terms]);
        }

        /// <summary>A term, or null for the intercept marker 1 or 0.</summary>
        private ModeratorTerm? Item()
        {
            if (_position >= text.Length)
            {
                throw Error("expected a column name, factor(column), 1 or 0");
            }

            var c = text[_position];
            if (c is '0' or '1' && (_position + 1 >= text.Length || !IsNameChar(text[_position + 1])))
            {
                _position++;
                return null;
            }

            var nameStart = _position;
            var name = Name();
            SkipSpace();
            if (Peek() != '(')
            {
                return new ModeratorTerm(name, false);
            }

            if (name != "factor" && name != "as.factor")
            {
                _position = nameStart;
                throw Error($"'{name}(...)' is not supported; only factor(column) is (compute transformed moderators beforehand)");
            }

            _position++;
            SkipSpace();
            var column = Name();
            SkipSpace();
            if (Peek() != ')')
            {
                throw Error("expected ')' after the column name in factor(...)");
            }

            _position++;
            return new ModeratorTerm(column, true);
        }

        private string Name()
        {
            if (Peek() == '`')
            {
                var close = text.IndexOf('`', _position + 1);
                if (close < 0)
                {
                    throw Error("the back-quoted name is not closed");
                }

                var quoted = text[(_position + 1)..close];
                if (quoted.Length == 0)
                {
                    throw Error("empty back-quoted name");
                }

                _position = close + 1;
                return quoted;
            }

            var start = _position;
            if (_position < text.Length && (char.IsLetter(text[_position]) || text[_position] == '.'))
            {
                while (_position < text.Length && IsNameChar(text[_position]))
                {
                    _position++;
                }
            }

            if (_position == start)
            {
                throw Error("expected a column name, factor(column), 1 or 0");
            }

            return text[start.._position];
        }

        private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c is '_' or '.';

        private char Peek() => _position < text.Length ? text[_position] : '\0';

        private void SkipSpace()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }

        private FormatException Error(string what)
        {
            var at = Math.Min(_position, text.Length);
            return new FormatException(
                $"Cannot read the moderator formula at position {at + 1}: {what}.{Environment.NewLine}  {text}{Environment.NewLine}  {new string(' ', at)}^");
        }
    }
}
