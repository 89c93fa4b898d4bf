using MetaReview.Review.Project.Internal.Yaml;

namespace MetaReview.Review.Project.Internal.Readers;

/// <summary>
/// Reads the top level of a review file. Sections are read in the order their references need (criteria and
/// characteristics before studies, studies before outcomes, outcomes before risk of bias), whatever their
/// order in the file.
/// </summary>
internal static class ProjectReader
{
    /// <summary>The format version this reader understands.</summary>
    public const int Version = 1;

    /// <summary>The top-level keys, in the order the documentation and the scaffold give them.</summary>
    public static readonly string[] Keys =
    [
        "version", "title", "authors", "registration", "question", "eligibility", "searches",
        "characteristics", "studies", "analysis", "outcomes", "risk_of_bias",
    ];

    public static ReviewProject? Read(Node root, ReadContext context)
    {
        var f = Fields.Of(root, context, null, "the review (a mapping of keys such as title, studies and outcomes)", Keys);
        if (!f.IsMapping)
        {
            return null;
        }

        if (f.Integer("version") is { } version && version != Version)
        {
            f.ErrorAt("version", ReviewProblemCode.InvalidValue, ReviewMessages.UnsupportedVersion(version, Version));
        }

        var ids = new ReviewIds(context);
        var title = f.RequiredText("title");
        var authors = FrontMatterReader.Authors(f);
        var registration = FrontMatterReader.Registration(f);
        var question = FrontMatterReader.Question(f);
        var eligibility = EligibilityReader.Read(f, ids);
        var searches = SearchReader.Read(f);
        var characteristics = CharacteristicReader.Read(f, ids);
        var studies = StudyReader.Read(f, ids);
        var outcomes = OutcomeReader.Read(f, ids);
        var riskOfBias = RiskOfBiasReader.Read(f, ids);
        if (title is null || context.HasErrors)
        {
            return null;
        }

        var project = new ReviewProject
        {
            Directory = context.Directory,
            File = context.File,
            Title = title,
            Authors = authors,
            Registration = registration,
            Question = question,
            Eligibility = eligibility,
            Searches = searches,
            Characteristics = characteristics,
            Studies = studies,
            Outcomes = outcomes,
            RiskOfBias = riskOfBias,
        };
        WarnUnassessed(project, context);
        return project;
    }

    /// <summary>Warns when "exclude high risk of bias" will keep studies only because they have no assessment.</summary>
    private static void WarnUnassessed(ReviewProject project, ReadContext context)
    {
        foreach (var outcome in project.Outcomes)
        {
            foreach (var analysis in outcome.Analysis.Sensitivity.Where(s => s.Kind == SensitivityKind.ExcludeHighRiskOfBias))
            {
                var unassessed = outcome.Data.Where(d => project.RiskOfBiasFor(d.Study.Id, outcome.Id) is null).Select(d => d.Study.Id).ToList();
                if (unassessed.Count > 0)
                {
                    context.Warning(ReviewProblemCode.Incomplete, analysis.Location,
                        ReviewMessages.In($"outcome '{outcome.Id}', analysis", ReviewMessages.Unassessed(unassessed)));
                }
            }
        }
    }
}
