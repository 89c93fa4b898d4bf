namespace MetaReview.Records.Internal;

/// <summary>
/// A field value chosen among candidates: the one with the lowest priority number wins, the first among
/// equals. Formats write the same field under several tags (RIS <c>JF</c>, <c>T2</c>, <c>JO</c>, <c>JA</c>);
/// each reader ranks them once.
/// </summary>
internal struct Ranked<T>
{
    private int _priority;

    public T? Value { get; private set; }

    public bool HasValue { get; private set; }

    public void Offer(T? value, int priority)
    {
        if (value is null || (HasValue && priority >= _priority))
        {
            return;
        }

        Value = value;
        _priority = priority;
        HasValue = true;
    }
}
