using System.Collections.Immutable;

namespace MetaReview.Records.Screening;

/// <summary>
/// One article to screen: a de-duplicated group of records. Its <see cref="Key"/> is the key of its earliest
/// record, which stays the same when later imports add duplicates; journal entries may name any member's key.
/// </summary>
/// <param name="Index">Position in <see cref="RecordsProject.Records"/>.</param>
/// <param name="Key">The earliest member's <see cref="Record.Key"/>.</param>
/// <param name="Record">The merged record (the most complete member, gaps filled from the others).</param>
/// <param name="MemberKeys">Every member's key, earliest first.</param>
/// <param name="Databases">The databases the article was found in.</param>
public sealed record ScreeningRecord(int Index, string Key, Record Record, ImmutableArray<string> MemberKeys, ImmutableArray<string> Databases);
