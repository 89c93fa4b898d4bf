using System.Globalization;
using System.Text;
using MetaReview.Records.Internal;

namespace MetaReview.Records.Import;

/// <summary>
/// BibTeX and BibLaTeX: <c>@type{key, field = {value} | "value" | 1999 | macro # …}</c> entries, with
/// <c>@string</c> macros, and <c>@comment</c>, <c>@preamble</c> and free text between entries skipped.
/// Values are decoded from LaTeX to Unicode.
/// </summary>
/// <remarks>
/// A malformed entry (an unexpected character, a file ending inside it) is reported where the fault is
/// and skipped; reading resumes at the next line that starts with <c>@</c>.
/// </remarks>
internal sealed class BibTexReader : ITextRecordReader
{
    public IEnumerable<ReadItem> Read(TextReader reader, SourceContext context)
    {
        var scanner = new CharScanner(reader);
        // BibTeX predefines the month macros.
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        var macros = months.ToDictionary(m => m[..3].ToLowerInvariant(), m => m, StringComparer.OrdinalIgnoreCase);

        var resumeAtLineStart = false;
        while (SkipToEntry(scanner, resumeAtLineStart))
        {
            resumeAtLineStart = false;
            var line = scanner.Line;
            var column = scanner.Column;
            scanner.Next();
            scanner.SkipWhitespace();
            var type = ReadName(scanner);
            scanner.SkipWhitespace();
            var open = scanner.Peek();
            if (type.Length == 0 || (open != '{' && open != '('))
            {
                continue; // an '@' in free text (an e-mail address), or an old-style one-line @comment
            }

            var close = open == '{' ? '}' : ')';
            scanner.Next();
            switch (type.ToLowerInvariant())
            {
                case "comment" or "preamble":
                    SkipBalanced(scanner, close);
                    continue;
                case "string":
                    var warning = ReadString(scanner, close, macros, context);
                    if (warning is not null)
                    {
                        yield return ReadItem.Note(warning);
                        resumeAtLineStart = true;
                    }

                    continue;
                default:
                    var entry = ReadEntry(scanner, close, type, line, column, macros, context, out var warnings);
                    foreach (var w in warnings)
                    {
                        yield return ReadItem.Note(w);
                    }

                    yield return entry;
                    resumeAtLineStart = entry.Record is null;
                    continue;
            }
        }
    }

    /// <summary>Moves to the next '@' (after a malformed entry: the next '@' that starts a line); false at the end.</summary>
    private static bool SkipToEntry(CharScanner s, bool atLineStart)
    {
        while (s.Peek() is var c && c != -1)
        {
            if (c == '@' && (!atLineStart || s.Column == 1))
            {
                return true;
            }

            s.Next();
        }

        return false;
    }

    private static ReadItem ReadEntry(
        CharScanner s, char close, string type, int line, int column, Dictionary<string, string> macros, SourceContext context, out List<ImportProblem> warnings)
    {
        warnings = [];
        s.SkipWhitespace();
        var key = new StringBuilder();
        while (s.Peek() is var c && c != -1 && c != ',' && c != close && !char.IsWhiteSpace((char)c))
        {
            key.Append((char)s.Next());
        }

        var fields = new List<(string Name, string Value)>();
        while (true)
        {
            s.SkipWhitespace();
            var c = s.Peek();
            if (c == -1)
            {
                return ReadItem.Malformed(context.Error(line, column, ImportMessages.BibUnclosedEntry(key.ToString(), line)));
            }

            if (c == close)
            {
                s.Next();
                break;
            }

            if (c == ',')
            {
                s.Next();
                continue;
            }

            var (fieldLine, fieldColumn) = (s.Line, s.Column);
            var name = ReadName(s);
            if (name.Length == 0)
            {
                return ReadItem.Malformed(context.Error(fieldLine, fieldColumn, ImportMessages.BibSyntax("a field name or '" + close + "'", Found(c))));
            }

            s.SkipWhitespace();
            if (s.Peek() != '=')
            {
                return ReadItem.Malformed(context.Error(s.Line, s.Column, ImportMessages.BibSyntax($"'=' after the field name '{name}'", Found(s.Peek()))));
            }

            s.Next();
            var value = ReadValue(s, close, macros, context, warnings, out var error);
            if (error is not null)
            {
                return ReadItem.Malformed(error);
            }

            fields.Add((name.ToLowerInvariant(), value));
        }

        return ReadItem.Ok(Map(type, fields, context.NewRecord(line)));
    }

    /// <summary>A value: parts ({…}, "…", digits, macro names) joined by '#'.</summary>
    private static string ReadValue(
        CharScanner s, char close, Dictionary<string, string> macros, SourceContext context, List<ImportProblem> warnings, out ImportProblem? error)
    {
        error = null;
        var value = new StringBuilder();
        while (true)
        {
            s.SkipWhitespace();
            var (line, column) = (s.Line, s.Column);
            var c = s.Peek();
            if (c == '{')
            {
                s.Next();
                if (!ReadDelimited(s, value, '}'))
                {
                    error = context.Error(line, column, ImportMessages.BibSyntax("'}' closing the value that starts here", "the end of the file"));
                    return "";
                }
            }
            else if (c == '"')
            {
                s.Next();
                if (!ReadDelimited(s, value, '"'))
                {
                    error = context.Error(line, column, ImportMessages.BibSyntax("'\"' closing the value that starts here", "the end of the file"));
                    return "";
                }
            }
            else if (c != -1 && char.IsAsciiDigit((char)c))
            {
                while (s.Peek() is var d && d != -1 && char.IsAsciiDigit((char)d))
                {
                    value.Append((char)s.Next());
                }
            }
            else
            {
                var name = ReadName(s);
                if (name.Length == 0)
                {
                    error = context.Error(line, column, ImportMessages.BibSyntax("a value ({…}, \"…\", a number or a @string name)", Found(c)));
                    return "";
                }

                if (macros.TryGetValue(name, out var text))
                {
                    value.Append(text);
                }
                else
                {
                    warnings.Add(context.Warning(line, column, ImportMessages.BibUnknownMacro(name)));
                    value.Append(name);
                }
            }

            s.SkipWhitespace();
            if (s.Peek() != '#')
            {
                return value.ToString();
            }

            s.Next();
        }
    }

    /// <summary>Reads up to the closing delimiter at brace depth 0 (inner braces kept for LaTeX decoding).</summary>
    private static bool ReadDelimited(CharScanner s, StringBuilder value, char end)
    {
        var depth = 0;
        while (true)
        {
            var c = s.Next();
            if (c == -1)
            {
                return false;
            }

            if (c == end && depth == 0)
            {
                return true;
            }

            if (c == '\\' && s.Peek() is '{' or '}' or '"')
            {
                value.Append('\\').Append((char)s.Next());
                continue;
            }

            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            value.Append((char)c);
        }
    }

    private static ImportProblem? ReadString(CharScanner s, char close, Dictionary<string, string> macros, SourceContext context)
    {
        s.SkipWhitespace();
        var (line, column) = (s.Line, s.Column);
        var name = ReadName(s);
        s.SkipWhitespace();
        if (name.Length == 0 || s.Peek() != '=')
        {
            return context.Warning(line, column, ImportMessages.BibSyntax("'name = value' in @string", Found(s.Peek())));
        }

        s.Next();
        var warnings = new List<ImportProblem>();
        var value = ReadValue(s, close, macros, context, warnings, out var error);
        if (error is not null)
        {
            return error with { Severity = ProblemSeverity.Warning };
        }

        macros[name] = value;
        s.SkipWhitespace();
        if (s.Peek() == close)
        {
            s.Next();
        }

        return warnings.FirstOrDefault();
    }

    private static void SkipBalanced(CharScanner s, char close)
    {
        var depth = 0;
        while (s.Next() is var c && c != -1)
        {
            if (c == '{' || (c == '(' && close == ')'))
            {
                depth++;
            }
            else if (c == '}' || (c == ')' && close == ')'))
            {
                if (depth == 0 && c == close)
                {
                    return;
                }

                depth--;
            }
        }
    }

    /// <summary>Entry types, field and macro names: letters, digits and <c>-_:.+/</c>.</summary>
    private static string ReadName(CharScanner s)
    {
        var name = new StringBuilder();
        while (s.Peek() is var c && c != -1 && (char.IsLetterOrDigit((char)c) || c is '-' or '_' or ':' or '.' or '+' or '/'))
        {
            name.Append((char)s.Next());
        }

        return name.ToString();
    }

    private static string Found(int c) => c == -1 ? "the end of the file" : $"'{(char)c}'";

    private static Record Map(string type, List<(string Name, string Value)> fields, RecordBuilder b)
    {
        b.Type(RecordTypes.FromName(type));
        var isPubMedEprint = fields.Any(f => f.Name == "eprinttype" && f.Value.Trim().Equals("pubmed", StringComparison.OrdinalIgnoreCase));
        foreach (var (name, raw) in fields)
        {
            switch (name)
            {
                case "title": b.Title(LatexDecoder.Decode(raw)); break;
                case "author":
                    foreach (var author in SplitAuthors(raw))
                    {
                        b.Author(author);
                    }

                    break;
                case "year": b.Year(raw, 0); break;
                case "date": b.Year(raw, 1); break;
                case "journal" or "journaltitle": b.Journal(LatexDecoder.Decode(raw), 0); break;
                case "booktitle": b.Journal(LatexDecoder.Decode(raw), 1); break;
                case "volume": b.Volume(raw); break;
                case "number" or "issue": b.Issue(raw); break;
                case "pages": b.Pages(raw.Replace("--", "-", StringComparison.Ordinal).Replace("–", "-", StringComparison.Ordinal)); break;
                case "abstract": b.Abstract(LatexDecoder.Decode(raw)); break;
                case "keywords": b.Keywords(LatexDecoder.Decode(raw), ',', ';'); break;
                case "doi": b.Doi(raw); break;
                case "pmid": b.Pmid(raw); break;
                case "pmcid": b.Pmcid(raw); break;
                case "eprint" when isPubMedEprint: b.Pmid(raw, 1); break;
                case "url": b.Url(raw); break;
                case "language" or "langid": b.Language(LatexDecoder.Decode(raw)); break;
                default: break;
            }
        }

        return b.Build();
    }

    /// <summary>Splits "A and B and others" at " and " outside braces, and writes each name "Last, First".</summary>
    internal static IEnumerable<string> SplitAuthors(string raw)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= raw.Length; i++)
        {
            if (i < raw.Length)
            {
                depth += raw[i] == '{' ? 1 : raw[i] == '}' ? -1 : 0;
                if (depth != 0 || !IsAndAt(raw, i))
                {
                    continue;
                }
            }

            var name = raw[start..i].Trim();
            if (name.Length > 0 && !name.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                yield return LastFirst(name);
            }

            start = i + 5;
            i += 4;
        }
    }

    private static bool IsAndAt(string s, int i) =>
        i + 5 <= s.Length && char.IsWhiteSpace(s[i]) && char.IsWhiteSpace(s[i + 4])
        && string.Compare(s, i + 1, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>
    /// "Last, First" and "Last, Jr, First" stay as written; "First von Last" becomes "von Last, First";
    /// a braced name ("{World Health Organization}") is one surname.
    /// </summary>
    private static string LastFirst(string name)
    {
        var tokens = new List<string>();
        var depth = 0;
        var current = new StringBuilder();
        var hasCommaAtTop = false;
        foreach (var c in name)
        {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && c == ',')
            {
                hasCommaAtTop = true;
            }

            if (depth == 0 && char.IsWhiteSpace(c))
            {
                if (current.Length > 0)
                {
                    tokens.Add(current.ToString());
                    current.Clear();
                }

                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            tokens.Add(current.ToString());
        }

        if (hasCommaAtTop || tokens.Count < 2)
        {
            return LatexDecoder.Decode(string.Join(' ', tokens));
        }

        var lastStart = tokens.Count - 1;
        while (lastStart > 1 && StartsLowerCase(tokens[lastStart - 1]))
        {
            lastStart--;
        }

        var last = string.Join(' ', tokens[lastStart..]);
        var first = string.Join(' ', tokens[..lastStart]);
        return LatexDecoder.Decode(string.Create(CultureInfo.InvariantCulture, $"{last}, {first}"));
    }

    private static bool StartsLowerCase(string token)
    {
        var letter = token.FirstOrDefault(char.IsLetter);
        return letter != default && char.IsLower(letter);
    }
}
