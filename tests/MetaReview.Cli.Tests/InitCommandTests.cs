using MetaReview.Review.Project;

namespace MetaReview.Cli.Tests;

/// <summary><c>metareview init</c>: the template is written, loads without problems, and is never overwritten.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("metareview-init-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Init_WritesTheTemplate_WithTheTitle_AndItValidates()
    {
        var dir = Path.Combine(_root, "als-review");
        var (exit, output, error) = Cli.Run("init", dir, "--title", "Exercise for people with ALS");
        Assert.Equal((0, ""), (exit, error));
        var file = Path.Combine(dir, "review.yaml");
        Assert.Equal($"Created {file} (\"Exercise for people with ALS\").\nNext: fill it in (docs/review-file.md describes every key), then run 'metareview validate {dir}'.\n", output);
        Assert.Equal(ReviewScaffold.Text("Exercise for people with ALS"), File.ReadAllText(file));
        var loaded = ReviewProjectLoader.Load(dir);
        Assert.True(loaded.Succeeded);
        Assert.Equal("Exercise for people with ALS", loaded.Project!.Title);
    }

    [Fact]
    public void Init_WithoutTitle_UsesTheFolderName()
    {
        var dir = Path.Combine(_root, "my-review");
        Assert.Equal(0, Cli.Run("init", dir + Path.DirectorySeparatorChar).Exit);
        Assert.Equal("my-review", ReviewProjectLoader.Load(dir).Project!.Title);
    }

    [Fact]
    public void Init_RefusesToOverwriteAReview_WithExitCode2()
    {
        var dir = Path.Combine(_root, "existing");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, "review.yaml");
        File.WriteAllText(file, "title: mine\n");
        var (exit, output, error) = Cli.Run("init", dir, "--title", "Another");
        Assert.Equal((2, ""), (exit, output));
        Assert.Equal($"metareview init: '{file}' already exists; init never overwrites a review. Choose another folder, or check the existing one with 'metareview validate {dir}'.\n", error);
        Assert.Equal("title: mine\n", File.ReadAllText(file));
    }

    [Fact]
    public void Init_OnAFile_IsAnInputError()
    {
        var path = Path.Combine(_root, "file.txt");
        File.WriteAllText(path, "");
        var (exit, _, error) = Cli.Run("init", path);
        Assert.Equal(2, exit);
        Assert.Equal($"metareview init: '{path}' is a file, not a folder.\n", error);
    }
}
