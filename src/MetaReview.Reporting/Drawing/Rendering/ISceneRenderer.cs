namespace MetaReview.Reporting.Drawing.Rendering;

/// <summary>Turns a scene into a file format.</summary>
public interface ISceneRenderer
{
    PlotFormat Format { get; }

    void Write(Scene scene, Stream output);
}
