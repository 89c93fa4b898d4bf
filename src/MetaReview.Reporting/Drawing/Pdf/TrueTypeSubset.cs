namespace MetaReview.Reporting.Drawing.Pdf;

/// <summary>
/// A subset font program and the new number of each glyph it kept (the original font's glyph number → the
/// subset's); glyph 0 (.notdef) stays 0.
/// </summary>
internal sealed record TrueTypeSubset(byte[] Program, IReadOnlyDictionary<int, int> Glyphs);
