using MetaReview.Review.Project;
using MetaReview.Review.RevMan;
using MetaReview.Review.RevMan.Conversion;

namespace MetaReview.Review.Tests.RevMan.Conversion;

/// <summary>A RevMan review converted, written to a temporary folder and loaded back as a project.</summary>
internal sealed class ImportedProject : IDisposable
{
    private ImportedProject(RevManReadResult read, RevManConversion conversion, string directory)
    {
        Read = read;
        Conversion = conversion;
        Directory = directory;
        Load = ReviewProjectLoader.Load(directory);
    }

    public RevManReadResult Read { get; }

    public RevManReview Review => Read.Review!;

    public RevManConversion Conversion { get; }

    public string Directory { get; }

    public ReviewLoadResult Load { get; }

    /// <summary>The loaded project; fails the test, listing the problems, when it does not load.</summary>
    public ReviewProject Project =>
        Load.Project ?? throw new Xunit.Sdk.XunitException("The imported review.yaml does not load:\n" + string.Join("\n", Load.Problems) + "\n\n" + Conversion.ReviewYaml);

    public static ImportedProject From(string path, RevManConversionOptions? options = null) => From(RevManReader.Read(path), options);

    public static ImportedProject From(byte[] bytes, string name, RevManConversionOptions? options = null) => From(RevManReader.Read(bytes, name), options);

    public static ImportedProject From(RevManReadResult read, RevManConversionOptions? options = null)
    {
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        var conversion = RevManProjectConverter.Convert(read, options);
        var directory = System.IO.Directory.CreateTempSubdirectory("metareview-import-").FullName;
        conversion.WriteTo(directory);
        return new ImportedProject(read, conversion, directory);
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
