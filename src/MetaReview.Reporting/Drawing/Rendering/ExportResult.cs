using System.Collections.Immutable;

namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>The files a <see cref="PlotExporter"/> wrote, and notes on the formats it skipped.</summary>
public sealed record ExportResult(ImmutableArray<string> Files, ImmutableArray<string> Notes);
