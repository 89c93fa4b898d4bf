namespace MetaReview.Records.Internal;

/// <summary>
/// Reads author names in the shapes exports use: "Surname, Given" (RIS, WoS, EndNote), "Surname Initials"
/// (MEDLINE <c>AU</c>, Embase, Scopus: "Casbon JA", "Liu R."), "Initials Surname" (IEEE Xplore, some CSVs:
/// "G. Kalbe", "P Nazzaro").
/// </summary>
internal static class AuthorNames
{
    /// <summary>The surname, as written (case and accents kept); the whole name when no part can be told apart.</summary>
    public static string Surname(string author)
    {
        var name = author.Trim();
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            return name[..comma].Trim();
        }

        var tokens = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length <= 1)
        {
            return name;
        }

        if (IsInitials(tokens[^1]))
        {
            return string.Join(' ', tokens[..^1]);
        }

        if (IsInitials(tokens[0]))
        {
            var first = 1;
            while (first < tokens.Length - 1 && IsInitials(tokens[first]))
            {
                first++;
            }

            return string.Join(' ', tokens[first..]);
        }

        return tokens[^1];
    }

    /// <summary>"G. Kalbe" → "Kalbe, G."; "P Nazzaro" → "Nazzaro, P"; a name with a comma is returned as it is.</summary>
    public static string GivenFirstToSurnameFirst(string author)
    {
        var name = author.Trim();
        if (name.Contains(',', StringComparison.Ordinal))
        {
            return name;
        }

        var lastSpace = name.LastIndexOf(' ');
        return lastSpace <= 0 ? name : $"{name[(lastSpace + 1)..]}, {name[..lastSpace]}";
    }

    /// <summary>"JA", "R.", "D.G.", "M.-A." are initials; "Li" and "Ines" are not.</summary>
    private static bool IsInitials(string token)
    {
        var letters = 0;
        var dots = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (c == '.')
            {
                dots++;
            }
            else if (c != '-')
            {
                return false;
            }
        }

        // Upper-case only, at most three letters ("JA", "MAS") or dotted ("D.G.", "M.-A."): initials.
        return letters > 0 && (letters <= 3 || (dots > 0 && letters <= 4));
    }
}
