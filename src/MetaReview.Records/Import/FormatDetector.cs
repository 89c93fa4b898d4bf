namespace MetaReview.Records.Import;

/// <summary>
/// Recognises an export's format from its first lines, falling back to the file extension: EndNote XML
/// (<c>&lt;xml&gt;&lt;records&gt;</c>), Ovid (<c>&lt;1. &gt;</c>), RIS (<c>TY  - </c>), MEDLINE
/// (<c>PMID- </c>), Web of Science (<c>FN </c>, <c>PT J</c>, or a tab-separated header of WoS tags),
/// BibTeX (<c>@article{</c>), otherwise a delimited table with a header row.
/// </summary>
public static class FormatDetector
{
    /// <summary>How many lines are looked at before giving up on the content.</summary>
    private const int LinesExamined = 200;

    /// <summary>A workbook: a ZIP container (.xlsx) or an OLE compound file (.xls).</summary>
    public static bool IsWorkbook(ReadOnlySpan<byte> head) =>
        head.StartsWith("PK\x03\x04"u8) || head.StartsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"u8);

    /// <summary>The format of a text export, from its beginning (decoded text) and its file name; <see langword="null"/> when neither tells.</summary>
    public static RecordFormat? Detect(string head, string? fileName)
    {
        var text = head.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<') && (text.Contains("<xml", StringComparison.Ordinal) || text.Contains("<records", StringComparison.Ordinal)))
        {
            return RecordFormat.EndNoteXml;
        }

        using var lines = new StringReader(text);
        var examined = 0;
        string? firstLine = null;
        while (examined < LinesExamined && lines.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            examined++;
            firstLine ??= line;
            if (FromLine(line, examined == 1) is { } format)
            {
                return format;
            }
        }

        var fromExtension = FromExtension(fileName);
        if (fromExtension is not null)
        {
            return fromExtension;
        }

        return firstLine is not null && firstLine.Count(c => c is ',' or ';' or '\t') >= 2 ? RecordFormat.Csv : null;
    }

    /// <summary>The format a file name's extension suggests: .ris, .nbib, .bib, .xml, .csv, .tsv, .xlsx, .ciw, .isi, .ovd.</summary>
    public static RecordFormat? FromExtension(string? fileName) =>
        Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
        {
            ".ris" => RecordFormat.Ris,
            ".nbib" or ".medline" => RecordFormat.Medline,
            ".bib" or ".bibtex" => RecordFormat.BibTex,
            ".xml" => RecordFormat.EndNoteXml,
            ".csv" or ".tsv" => RecordFormat.Csv,
            ".xlsx" or ".xls" => RecordFormat.Xlsx,
            ".ciw" or ".isi" => RecordFormat.WosPlainText,
            ".ovd" => RecordFormat.Ovid,
            _ => null,
        };

    private static RecordFormat? FromLine(string line, bool isFirst)
    {
        if (line.StartsWith("TY  -", StringComparison.Ordinal))
        {
            return RecordFormat.Ris;
        }

        if (line.StartsWith("PMID- ", StringComparison.Ordinal))
        {
            return RecordFormat.Medline;
        }

        if (Import.OvidReader.IsHeader(line))
        {
            return RecordFormat.Ovid;
        }

        if (isFirst && line.StartsWith("PT\t", StringComparison.Ordinal) && line.Contains("\tTI\t", StringComparison.Ordinal))
        {
            return RecordFormat.WosTabDelimited;
        }

        if (line.StartsWith("FN ", StringComparison.Ordinal) || (line.Length == 4 && line.StartsWith("PT ", StringComparison.Ordinal) && char.IsAsciiLetterUpper(line[3])))
        {
            return RecordFormat.WosPlainText;
        }

        if (line.StartsWith('@'))
        {
            var brace = line.IndexOfAny(['{', '(']);
            if (brace > 1 && line[1..brace].Trim().All(char.IsAsciiLetter))
            {
                return RecordFormat.BibTex;
            }
        }

        return null;
    }
}
