namespace MetaReview.Records.Internal;

/// <summary>Identifiers found in a link (see <see cref="Identifiers.FromUrl"/>).</summary>
internal readonly record struct UrlIdentifiers(string? Doi, string? Pmid, string? Pmcid, string? ScopusEid, string? WosUt);
