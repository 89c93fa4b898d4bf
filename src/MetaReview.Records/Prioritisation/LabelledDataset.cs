using System.Collections.Immutable;
using System.Globalization;
using MetaReview.Records.Internal;

namespace MetaReview.Records.Prioritisation;

/// <summary>
/// A labelled screening dataset: a CSV of records (title, abstract, keywords… in the columns the importer
/// recognises) with a column that says which were included, as in the SYNERGY/ASReview benchmark files
/// (<c>label_included</c>).
/// </summary>
public sealed record LabelledDataset
{
    /// <summary>Column names tried, in order, when none is given.</summary>
    public static ImmutableArray<string> LabelColumns { get; } = ["label_included", "included", "label", "label_final", "relevant"];

    /// <summary>The records, in file order.</summary>
    public required ImmutableArray<Record> Records { get; init; }

    /// <summary>The label of each record.</summary>
    public required ImmutableArray<bool> Relevant { get; init; }

    /// <summary>The label column used.</summary>
    public required string LabelColumn { get; init; }

    /// <summary>Problems: rows skipped (malformed, or a label that is not 0/1), warnings from the import.</summary>
    public required ImmutableArray<ImportProblem> Problems { get; init; }

    /// <summary>Reads a labelled CSV; null with problems saying why when it has no usable label column or no records.</summary>
    /// <param name="path">The CSV file.</param>
    /// <param name="labelColumn">The label column; <see cref="LabelColumns"/> are tried when null.</param>
    public static (LabelledDataset? Dataset, ImmutableArray<ImportProblem> Problems) Read(string path, string? labelColumn = null)
    {
        var name = Path.GetFileName(path);
        var import = RecordImporter.ImportFile(path, new ImportOptions { Format = RecordFormat.Csv });
        if (import.Failed)
        {
            return (null, import.Problems);
        }

        var context = new SourceContext(name, RecordFormat.Csv, ImportOptions.Default);
        var labels = new Dictionary<int, bool>();
        var problems = ImmutableArray.CreateBuilder<ImportProblem>();
        var columnName = "";
        using (var reader = new StreamReader(path))
        {
            var header = reader.ReadLine() ?? "";
            var parser = new DelimitedParser(new ChainedTextReader(header + "\n", reader), context, DelimitedParser.DetectDelimiter(header), quoting: true);
            var column = -1;
            foreach (var row in parser.Rows())
            {
                if (column < 0)
                {
                    var names = row.Cells.Select(c => c.Value.Trim().TrimStart('\uFEFF')).ToList();
                    column = labelColumn is not null
                        ? names.FindIndex(n => string.Equals(n, labelColumn, StringComparison.OrdinalIgnoreCase))
                        : LabelColumns.Select(c => names.FindIndex(n => string.Equals(n, c, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(i => i >= 0, -1);
                    if (column >= 0)
                    {
                        columnName = names[column];
                    }
                    else
                    {
                        var wanted = labelColumn is not null ? $"a column '{labelColumn}'" : $"one of the columns {string.Join(", ", LabelColumns)} (or name it with --label)";
                        return (null, [context.Error(1, 1, $"no label column: expected {wanted}; the header has {string.Join(", ", names)}")]);
                    }

                    continue;
                }

                if (row.Error is not null || column >= row.Cells.Count)
                {
                    continue;
                }

                var cell = row.Cells[column];
                switch (cell.Value.Trim().ToLowerInvariant())
                {
                    case "1" or "true" or "yes" or "included" or "include":
                        labels[row.Line] = true;
                        break;
                    case "0" or "false" or "no" or "excluded" or "exclude":
                        labels[row.Line] = false;
                        break;
                    default:
                        problems.Add(context.Error(cell.Line, cell.Column, $"label '{cell.Value}' is neither 1 (included) nor 0 (excluded); row skipped"));
                        break;
                }
            }
        }

        var records = ImmutableArray.CreateBuilder<Record>();
        var relevant = ImmutableArray.CreateBuilder<bool>();
        foreach (var record in import.Records)
        {
            if (labels.TryGetValue(record.SourceLine, out var label))
            {
                records.Add(record);
                relevant.Add(label);
            }
        }

        problems.AddRange(import.Problems);
        var all = problems.ToImmutable();
        if (records.Count == 0)
        {
            return (null, [.. all, new ImportProblem(name, 0, 0, ProblemSeverity.Error, "no labelled records")]);
        }

        return (new LabelledDataset
        {
            Records = records.ToImmutable(),
            Relevant = relevant.ToImmutable(),
            LabelColumn = columnName,
            Problems = all,
        }, all);
    }

    /// <summary>"2,544 records, 41 relevant".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Records.Length:N0} records, {Relevant.Count(r => r):N0} relevant");
}
