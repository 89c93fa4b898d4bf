using MetaReview.Reporting.Plots.Prisma;

namespace MetaReview.Reporting.Tests.Plots.Prisma;

/// <summary>PRISMA counts of published reviews, each with its source.</summary>
internal static class PrismaExamples
{
    /// <summary>
    /// PRISMA 2020 flow diagram of a review in Asian Education and Development Studies (Emerald, 2025,
    /// manuscript AEDS-09-2025-0494), Figure 1, as published with its text description at
    /// http://ftp.nowpublishers.com/view-large/figure/112918370/AEDS-09-2025-0494001.tif
    /// (databases and registers only; one exclusion reason, "abstract content").
    /// </summary>
    public static PrismaCounts Aeds2025 => new()
    {
        Databases = [new SourceCount(null, 162)],
        Registers = [new SourceCount(null, 0)],
        DuplicatesRemoved = 23,
        RecordsScreened = 139,
        RecordsExcluded = 25,
        ReportsSought = 114,
        ReportsNotRetrieved = 4,
        ReportsAssessed = 110,
        ReportsExcluded = [new ReasonCount("Abstract content", 88)],
        StudiesIncluded = 22,
    };

    /// <summary>
    /// The template data of the PRISMA2020 R package (Haddaway NR, Page MJ, Pritchard CC, McGuinness LA.
    /// Campbell Systematic Reviews 2022;18:e1230; inst/extdata/PRISMA.csv): every box of the template with
    /// other methods, all counts 0, exclusion reasons "Reason1" to "Reason3". A layout fixture, not a review.
    /// </summary>
    public static PrismaCounts Prisma2020PackageTemplate => new()
    {
        Databases = [new SourceCount(null, 0)],
        Registers = [new SourceCount(null, 0)],
        DuplicatesRemoved = 0,
        MarkedIneligibleByAutomation = 0,
        RemovedForOtherReasons = 0,
        RecordsScreened = 0,
        RecordsExcluded = 0,
        ReportsSought = 0,
        ReportsNotRetrieved = 0,
        ReportsAssessed = 0,
        ReportsExcluded = [new ReasonCount("Reason1", 0), new ReasonCount("Reason2", 0), new ReasonCount("Reason3", 0)],
        OtherMethods = new PrismaOtherMethods
        {
            Sources = [new SourceCount("Websites", 0), new SourceCount("Organisations", 0), new SourceCount("Citation searching", 0)],
            ReportsSought = 0,
            ReportsNotRetrieved = 0,
            ReportsAssessed = 0,
            ReportsExcluded = [new ReasonCount("Reason1", 0), new ReasonCount("Reason2", 0), new ReasonCount("Reason3", 0)],
        },
        StudiesIncluded = 0,
        ReportsOfIncludedStudies = 0,
    };
}
