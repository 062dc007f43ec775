using System.Collections.Immutable;

namespace InferCost.Serving;

/// <summary>
/// The KV blocks a server keeps by their prefix's identity (vLLM's automatic prefix caching, SGLang's radix cache): a
/// block named by the hash of the prompt up to its end is computed once and shared by every request whose prompt starts
/// the same way. Blocks in use are referenced; an unreferenced block stays cached until the pool needs its room, and
/// the least recently released goes first.
/// </summary>
/// <param name="blockBytes">KV bytes per GPU of one block.</param>
internal sealed class PrefixCache(double blockBytes)
{
    private readonly Dictionary<int, Node> _blocks = [];
    private readonly LinkedList<int> _idle = new();

    /// <summary>KV bytes per GPU of one block.</summary>
    public double BlockBytes => blockBytes;

    /// <summary>How many of the first <paramref name="limit"/> blocks are cached, from the first on.</summary>
    public int Match(ImmutableArray<int> blocks, int limit)
    {
        var n = 0;
        while (n < limit && n < blocks.Length && _blocks.ContainsKey(blocks[n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>Takes a reference on each of blocks [from, to), which must be cached.</summary>
    public void Acquire(ImmutableArray<int> blocks, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var node = _blocks[blocks[i]];
            if (node.References++ == 0)
            {
                _idle.Remove(node.Idle);
            }
        }
    }

    /// <summary>Releases the references on blocks [0, count): a block no one uses becomes the most recently idle.</summary>
    public void Release(ImmutableArray<int> blocks, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var node = _blocks[blocks[i]];
            if (--node.References == 0)
            {
                _idle.AddLast(node.Idle);
            }
        }
    }

    /// <summary>
    /// Publishes a request's computed blocks [from, to) with a reference each: a block already cached (another request
    /// computed it meanwhile) is shared, and the request's copy is freed; a new one moves from the request to the cache.
    /// Returns how many were already cached.
    /// </summary>
    public int Publish(ImmutableArray<int> blocks, int from, int to)
    {
        var duplicates = 0;
        for (var i = from; i < to; i++)
        {
            if (_blocks.ContainsKey(blocks[i]))
            {
                Acquire(blocks, i, i + 1);
                duplicates++;
            }
            else
            {
                _blocks[blocks[i]] = new Node(new LinkedListNode<int>(blocks[i])) { References = 1 };
            }
        }

        return duplicates;
    }

    /// <summary>Drops idle blocks, least recently used first, until <paramref name="bytes"/> are freed or none is idle; returns the bytes freed.</summary>
    public double Evict(double bytes)
    {
        var freed = 0.0;
        while (freed < bytes && _idle.First is { } oldest)
        {
            _idle.RemoveFirst();
            _blocks.Remove(oldest.Value);
            freed += blockBytes;
        }

        return freed;
    }

    private sealed class Node(LinkedListNode<int> idle)
    {
        public LinkedListNode<int> Idle { get; } = idle;

        public int References { get; set; }
    }
}
