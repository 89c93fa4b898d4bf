using System.Collections.Immutable;
using MetaReview.Statistics.Analysis;
using MetaReview.Statistics.EffectSizes;

namespace MetaReview.Reporting.Results;

/// <summary>A subgroup analysis by a column of the data file, as <c>metareview analyze --subgroup COLUMN</c> reports it.</summary>
/// <param name="Column">The column the subgroups come from, as named in the file.</param>
/// <param name="Result">The subgroups and the tests for subgroup differences.</param>
/// <param name="Excluded">Studies left out of the subgroups (no value in the column), each with a located reason.</param>
public sealed record SubgroupOutput(string Column, SubgroupMetaAnalysisResult Result, ImmutableArray<StudyNote> Excluded);
