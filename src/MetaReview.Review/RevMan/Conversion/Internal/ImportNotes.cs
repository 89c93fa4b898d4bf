using System.Collections.Immutable;

namespace MetaReview.Review.RevMan.Conversion.Internal;

/// <summary>The notes of one import, in the order they arise.</summary>
internal sealed class ImportNotes
{
    private readonly ImmutableArray<RevManConversionNote>.Builder _notes = ImmutableArray.CreateBuilder<RevManConversionNote>();

    public void NotImported(string place, string message) => _notes.Add(new(RevManNoteKind.NotImported, place, message));

    public void Assumed(string place, string message) => _notes.Add(new(RevManNoteKind.Assumption, place, message));

    public void ReaderWarning(string place, string message) => _notes.Add(new(RevManNoteKind.ReaderWarning, place, message));

    public ImmutableArray<RevManConversionNote> ToImmutable() => _notes.ToImmutable();
}
