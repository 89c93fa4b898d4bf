using System.Collections.Frozen;
using System.Text;

namespace MetaReview.Records.Internal;

/// <summary>
/// Accented Latin letters without the platform's Unicode normalisation (the build runs with invariant
/// globalization, where <see cref="string.Normalize()"/> does not compose or decompose): composing a letter
/// and a combining mark (<c>u</c> + U+0308 → <c>ü</c>) for LaTeX accents, and folding text to plain
/// lower-case ASCII letters for comparison keys (<c>Lüscher</c> → <c>luscher</c>, <c>Ø</c> → <c>o</c>).
/// </summary>
/// <remarks>
/// The table holds every letter of Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional
/// whose canonical decomposition (Unicode Character Database) is one letter and one combining mark.
/// </remarks>
internal static class LatinDiacritics
{
    // (combining mark, base letters, the same letters with the mark), from UnicodeData.txt decompositions.
    private static readonly (char Mark, string Bases, string Composed)[] Table =
    [
        ('\u0300', "AEIOUaeiouÜüNnĒēŌōWwÂâĂăÊêÔôƠơƯưYy", "ÀÈÌÒÙàèìòùǛǜǸǹḔḕṐṑẀẁẦầẰằỀềỒồỜờỪừỲỳ"), // grave accent
        ('\u0301', "AEIOUYaeiouyCcLlNnRrSsZzÜüGgÅåÆæØøÇçĒēÏïKkMmÕõŌōPpŨũWwÂâĂăÊêÔôƠơƯư", "ÁÉÍÓÚÝáéíóúýĆćĹĺŃńŔŕŚśŹźǗǘǴǵǺǻǼǽǾǿḈḉḖḗḮḯḰḱḾḿṌṍṒṓṔṕṸṹẂẃẤấẮắẾếỐốỚớỨứ"), // acute accent
        ('\u0302', "AEIOUaeiouCcGgHhJjSsWwYyZzẠạẸẹỌọ", "ÂÊÎÔÛâêîôûĈĉĜĝĤĥĴĵŜŝŴŵŶŷẐẑẬậỆệỘộ"), // circumflex accent
        ('\u0303', "ANOanoIiUuVvÂâĂăEeÊêÔôƠơƯưYy", "ÃÑÕãñõĨĩŨũṼṽẪẫẴẵẼẽỄễỖỗỠỡỮữỸỹ"), // tilde
        ('\u0304', "AaEeIiOoUuÜüÄäȦȧÆæǪǫÖöÕõȮȯYyGgḶḷṚṛ", "ĀāĒēĪīŌōŪūǕǖǞǟǠǡǢǣǬǭȪȫȬȭȰȱȲȳḠḡḸḹṜṝ"), // macron
        ('\u0306', "AaEeGgIiOoUuȨȩẠạ", "ĂăĔĕĞğĬĭŎŏŬŭḜḝẶặ"), // breve
        ('\u0307', "CcEeGgIZzAaOoBbDdFfHhMmNnPpRrSsŚśŠšṢṣTtWwXxYyſ", "ĊċĖėĠġİŻżȦȧȮȯḂḃḊḋḞḟḢḣṀṁṄṅṖṗṘṙṠṡṤṥṦṧṨṩṪṫẆẇẊẋẎẏẛ"), // dot above
        ('\u0308', "AEIOUaeiouyYHhÕõŪūWwXxt", "ÄËÏÖÜäëïöüÿŸḦḧṎṏṺṻẄẅẌẍẗ"), // diaeresis
        ('\u0309', "AaÂâĂăEeÊêIiOoÔôƠơUuƯưYy", "ẢảẨẩẲẳẺẻỂểỈỉỎỏỔổỞởỦủỬửỶỷ"), // hook above
        ('\u030A', "AaUuwy", "ÅåŮůẘẙ"), // ring above
        ('\u030B', "OoUu", "ŐőŰű"), // double acute accent
        ('\u030C', "CcDdEeLlNnRrSsTtZzAaIiOoUuÜüGgKkƷʒjHh", "ČčĎďĚěĽľŇňŘřŠšŤťŽžǍǎǏǐǑǒǓǔǙǚǦǧǨǩǮǯǰȞȟ"), // caron
        ('\u030F', "AaEeIiOoRrUu", "ȀȁȄȅȈȉȌȍȐȑȔȕ"), // double grave accent
        ('\u0311', "AaEeIiOoRrUu", "ȂȃȆȇȊȋȎȏȒȓȖȗ"), // inverted breve
        ('\u031B', "OoUu", "ƠơƯư"), // horn
        ('\u0323', "BbDdHhKkLlMmNnRrSsTtVvWwZzAaEeIiOoƠơUuƯưYy", "ḄḅḌḍḤḥḲḳḶḷṂṃṆṇṚṛṢṣṬṭṾṿẈẉẒẓẠạẸẹỊịỌọỢợỤụỰựỴỵ"), // dot below
        ('\u0324', "Uu", "Ṳṳ"), // diaeresis below
        ('\u0325', "Aa", "Ḁḁ"), // ring below
        ('\u0326', "SsTt", "ȘșȚț"), // comma below
        ('\u0327', "CcGgKkLlNnRrSsTtEeDdHh", "ÇçĢģĶķĻļŅņŖŗŞşŢţȨȩḐḑḨḩ"), // cedilla
        ('\u0328', "AaEeIiUuOo", "ĄąĘęĮįŲųǪǫ"), // ogonek
        ('\u032D', "DdEeLlNnTtUu", "ḒḓḘḙḼḽṊṋṰṱṶṷ"), // circumflex accent below
        ('\u032E', "Hh", "Ḫḫ"), // breve below
        ('\u0330', "EeIiUu", "ḚḛḬḭṴṵ"), // tilde below
        ('\u0331', "BbDdKkLlNnRrTtZzh", "ḆḇḎḏḴḵḺḻṈṉṞṟṮṯẔẕẖ"), // macron below
    ];

    private static readonly FrozenDictionary<(char Letter, char Mark), char> Compositions = BuildCompositions();

    private static readonly FrozenDictionary<char, string> Folds = BuildFolds();

    /// <summary>The precomposed letter for <paramref name="letter"/> with <paramref name="mark"/>, or <see langword="null"/>.</summary>
    public static char? Compose(char letter, char mark) =>
        Compositions.TryGetValue((letter, mark), out var composed) ? composed : null;

    /// <summary>Whether <paramref name="c"/> is a combining diacritical mark (U+0300–U+036F).</summary>
    public static bool IsCombiningMark(char c) => c is >= '\u0300' and <= '\u036F';

    /// <summary>
    /// Appends <paramref name="c"/> folded for comparison: lower case, accents removed, ligatures and
    /// special letters spelled out (<c>æ</c> → <c>ae</c>, <c>ß</c> → <c>ss</c>, <c>ł</c> → <c>l</c>);
    /// combining marks are dropped. Letters of other scripts are only lower-cased.
    /// </summary>
    public static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128)
        {
            sb.Append(char.ToLowerInvariant(c));
        }
        else if (IsCombiningMark(c))
        {
            return;
        }
        else if (Folds.TryGetValue(c, out var folded))
        {
            sb.Append(folded);
        }
        else
        {
            sb.Append(char.ToLowerInvariant(c));
        }
    }

    private static FrozenDictionary<(char, char), char> BuildCompositions()
    {
        var map = new Dictionary<(char, char), char>();
        foreach (var (mark, bases, composed) in Table)
        {
            for (var i = 0; i < bases.Length; i++)
            {
                map[(bases[i], mark)] = composed[i];
            }
        }

        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<char, string> BuildFolds()
    {
        var special = new (char Letter, string Spelled)[]
        {
            ('Æ', "ae"), ('æ', "ae"), ('Œ', "oe"), ('œ', "oe"), ('Ø', "o"), ('ø', "o"), ('ß', "ss"), ('ẞ', "ss"),
            ('Ł', "l"), ('ł', "l"), ('Đ', "d"), ('đ', "d"), ('Ð', "d"), ('ð', "d"), ('Þ', "th"), ('þ', "th"),
            ('ı', "i"), ('ȷ', "j"), ('Ħ', "h"), ('ħ', "h"), ('Ŀ', "l"), ('ŀ', "l"), ('ſ', "s"), ('Ŋ', "n"), ('ŋ', "n"),
        }.ToDictionary(s => s.Letter, s => s.Spelled);
        var baseOf = new Dictionary<char, char>();
        foreach (var (_, bases, composed) in Table)
        {
            for (var i = 0; i < bases.Length; i++)
            {
                baseOf.TryAdd(composed[i], bases[i]);
            }
        }

        var folds = new Dictionary<char, string>(special);
        foreach (var composed in baseOf.Keys)
        {
            // Follow decompositions down to the plain letter: ǖ → ü → u.
            var letter = composed;
            while (baseOf.TryGetValue(letter, out var next))
            {
                letter = next;
            }

            folds.TryAdd(composed, special.TryGetValue(letter, out var spelled) ? spelled : char.ToLowerInvariant(letter).ToString());
        }

        return folds.ToFrozenDictionary();
    }
}
