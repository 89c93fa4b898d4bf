namespace MetaReview.Records.Tests.Import.Samples;

/// <summary>The Web of Science plain text samples in shared/data/citations/wos.</summary>
public class WosSampleTests
{
    [Fact]
    public void IsiExportFormat_JabRef_2006Layout()
    {
        var r = SharedData.Import("wos/wos_isi_jabref.isi");
        Assert.Equal(RecordFormat.WosPlainText, r.Format);
        Assert.Equal((2, 2, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("Optical and photoelectric spectroscopy of photorefractive Sn2P2S6 crystals", first.Title); // wrapped over two lines
        Assert.Equal<string>(["Gamernyk, RV", "Gnatenko, YP", "Bukivskij, PM", "Skubenko, PA", "Slivka, VY"], first.Authors);
        Assert.Equal("WOS:000238592600006", first.WosUt); // UT ISI:000238592600006
        Assert.Equal(("JOURNAL OF PHYSICS-CONDENSED MATTER", "18", "23", "5323-5331", 2006), (first.Journal, first.Volume, first.Issue, first.Pages, first.Year));
        Assert.Equal<string>(["REFRACTIVE-INDEX PROFILES", "INFRARED WAVELENGTHS", "PHASE-CONJUGATION", "KNBO3", "MODES"], r.Records[1].Keywords);
    }

    [Fact]
    public void PlainTextWithBom_R4001To4012_TwelveRecords_NoFinalNewline()
    {
        var r = SharedData.Import("wos/wos_plaintext_bom_r4001-4012.txt");
        Assert.Equal((12, 12, 0), (r.Read, r.Imported, r.Skipped));
        Assert.Empty(r.Problems);
        var first = r.Records[0];
        Assert.Equal("Caregivers' views on stigmatization and discrimination of people affected by leprosy in Ghana", first.Title);
        Assert.Equal<string>(["Asampong, Emmanuel", "Gyeke, Mavis Dako Plusminus", "Oduro, Razak"], first.Authors); // AF preferred to AU
        Assert.Equal(("10.1371/journal.pntd.0006219", "29377890", "WOS:000424022700066"), (first.Doi, first.Pmid, first.WosUt));
        Assert.Equal("e0006219", first.Pages); // article number, no pages
        Assert.Equal("Web of Science", first.SourceDatabase);
        Assert.Equal("WOS:000424003200017", r.Records[^1].WosUt);
    }

    [Fact]
    public void PlainText_Rispy_LongCitedReferenceBlocks()
    {
        var r = SharedData.Import("wos/wos_plaintext_rispy.txt");
        Assert.Equal((2, 2, 0), (r.Read, r.Imported, r.Skipped));
        var first = r.Records[0];
        Assert.Equal("Interactions stabilizing the structure of the core light-harvesting complex (LHl) of photosynthetic bacteria and its subunit (B820)", first.Title);
        Assert.Equal(("10.1021/bi049798f", "15170338", 2004), (first.Doi, first.Pmid, first.Year));
        Assert.Equal<string>(["Parkes-Loach, PS", "Majeed, AP", "Law, CJ", "Loach, PA"], first.Authors);
    }
}
