using MetaReview.Records.Internal;

namespace MetaReview.Records.Import;

/// <summary>A reader for one text export format: streams records and located problems from a <see cref="TextReader"/>.</summary>
internal interface ITextRecordReader
{
    /// <summary>Reads lazily; records and problems come in file order.</summary>
    IEnumerable<ReadItem> Read(TextReader reader, SourceContext context);
}
