namespace InferCost.Catalog;

/// <summary>How a serving stack allocates KV memory for windowed layers (set apart for sliding-window and chunked-attention layers).</summary>
public enum WindowedKvAllocation
{
    /// <summary>Each windowed layer holds at most its window (a separate pool or hybrid allocator per window size).</summary>
    Window,

    /// <summary>Every layer holds the full context, as if none were windowed (one pool of full-context blocks).</summary>
    FullContext,
}
