namespace MetaReview.Statistics.Sensitivity;

/// <summary>
/// Reports the fraction of GOSH subsets fitted to an <see cref="IProgress{T}"/>, from the worker threads: one call
/// at a time (the receiver need not be thread-safe), with values that only increase, at most once per percent and
/// always ending with 1.
/// </summary>
internal sealed class GoshProgress
{
    private const int Steps = 100;

    private readonly IProgress<double>? _receiver;
    private readonly long _total;
    private readonly Lock _gate = new();
    private long _done;
    private int _reportedStep = -1;

    public GoshProgress(IProgress<double>? receiver, long total)
    {
        _receiver = receiver;
        _total = total;
    }

    /// <summary>Counts <paramref name="fitted"/> more subsets as done and reports if a new percent was reached.</summary>
    public void Add(long fitted)
    {
        if (_receiver is null)
        {
            return;
        }

        var done = Interlocked.Add(ref _done, fitted);
        var step = (int)(Steps * (double)done / _total);
        if (step <= Volatile.Read(ref _reportedStep))
        {
            return;
        }

        lock (_gate)
        {
            // Re-read under the lock: another thread may have reported a later step meanwhile.
            var now = Interlocked.Read(ref _done);
            var latest = (int)(Steps * (double)now / _total);
            if (latest > _reportedStep)
            {
                Volatile.Write(ref _reportedStep, latest);
                _receiver.Report((double)now / _total);
            }
        }
    }
}
