namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// A block of consecutive GOSH subsets handed to a <see cref="GoshBlockHandler"/>. The spans are valid only
/// during the call (the buffers are reused for the next block); copy what must be kept.
/// </summary>
public readonly ref struct GoshBlock
{
    internal GoshBlock(long first, int count, int words, ReadOnlySpan<ulong> membership, ReadOnlySpan<int> k,
        ReadOnlySpan<double> estimate, ReadOnlySpan<double> tau2, ReadOnlySpan<double> i2, ReadOnlySpan<double> q)
    {
        First = first;
        Count = count;
        WordsPerSubset = words;
        Membership = membership;
        K = k;
        Estimate = estimate;
        Tau2 = tau2;
        I2 = i2;
        Q = q;
    }

    /// <summary>Index of the block's first subset in the whole run (0-based).</summary>
    public long First { get; }

    /// <summary>Number of subsets in the block.</summary>
    public int Count { get; }

    /// <summary>Words per subset in <see cref="Membership"/>.</summary>
    public int WordsPerSubset { get; }

    /// <summary>
    /// Membership bits: subset j of the block includes study i when bit (i mod 64) of
    /// word j·<see cref="WordsPerSubset"/> + i/64 is set.
    /// </summary>
    public ReadOnlySpan<ulong> Membership { get; }

    /// <summary>Number of studies in each subset.</summary>
    public ReadOnlySpan<int> K { get; }

    /// <summary>Pooled estimate of each subset.</summary>
    public ReadOnlySpan<double> Estimate { get; }

    /// <summary>tau² of each subset (0 for the fixed-effect model).</summary>
    public ReadOnlySpan<double> Tau2 { get; }

    /// <summary>I² (percent) of each subset, on the basis of the model options.</summary>
    public ReadOnlySpan<double> I2 { get; }

    /// <summary>Cochran's Q of each subset.</summary>
    public ReadOnlySpan<double> Q { get; }

    /// <summary>True when subset <paramref name="subset"/> (0-based within the block) includes study <paramref name="study"/>.</summary>
    public bool Includes(int subset, int study) =>
        (Membership[subset * WordsPerSubset + (study >> 6)] & (1UL << (study & 63))) != 0;
}

/// <summary>Receives the GOSH results block by block, in subset order, on one thread at a time.</summary>
/// <param name="block">The block; valid only during the call.</param>
public delegate void GoshBlockHandler(GoshBlock block);
