namespace InferCost.Catalog;

/// <summary>
/// What a decode step of a chunked-attention layer (Llama 4) attends to in a serving stack. The model's chunk mask says
/// a token sees only its own chunk; a stack whose kernels apply the mask to prompts only attends, in decode, over every
/// position its cache holds.
/// </summary>
public enum ChunkedDecodeAttention
{
    /// <summary>The decode token attends to its own chunk only (at most the chunk size of positions).</summary>
    Chunk,

    /// <summary>The decode token attends to the whole context (the chunk mask is applied to prompts only).</summary>
    FullContext,
}
