namespace InferCost.Serving;

/// <summary>A double-ended queue of request slots (preempted requests go back to the front of the waiting queue).</summary>
internal sealed class RequestDeque
{
    private int[] _items = new int[64];
    private int _head;

    /// <summary>Slots queued.</summary>
    public int Count { get; private set; }

    /// <summary>The slot at the front.</summary>
    public int Front => _items[_head];

    /// <summary>Appends at the back.</summary>
    public void PushBack(int slot)
    {
        Grow();
        _items[(_head + Count) % _items.Length] = slot;
        Count++;
    }

    /// <summary>Inserts at the front.</summary>
    public void PushFront(int slot)
    {
        Grow();
        _head = (_head - 1 + _items.Length) % _items.Length;
        _items[_head] = slot;
        Count++;
    }

    /// <summary>Removes the front.</summary>
    public int PopFront()
    {
        var slot = _items[_head];
        _head = (_head + 1) % _items.Length;
        Count--;
        return slot;
    }

    private void Grow()
    {
        if (Count < _items.Length)
        {
            return;
        }

        var bigger = new int[_items.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            bigger[i] = _items[(_head + i) % _items.Length];
        }

        _items = bigger;
        _head = 0;
    }
}
