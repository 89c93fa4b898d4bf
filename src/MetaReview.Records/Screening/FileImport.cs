namespace MetaReview.Records.Screening;

/// <summary>One file of a <see cref="ReviewImporter.Import"/>: what reading it gave, and its manifest entry or why it was refused.</summary>
public sealed record FileImport
{
    /// <summary>The path as given.</summary>
    public required string Path { get; init; }

    /// <summary>The import (problems name the file by the copy's name, as record keys do); null when the file was refused before reading.</summary>
    public ImportResult? Result { get; init; }

    /// <summary>The manifest entry it gets (or would have got, when the import as a whole was refused).</summary>
    public ImportEntry? Entry { get; init; }

    /// <summary>Why the file was refused (missing, unreadable, already imported, failed): null when it was fine.</summary>
    public string? Refusal { get; init; }
}
