namespace InferCost.Serving;

/// <summary>How the KV cache memory left after the weights is handed to requests.</summary>
public enum KvCacheLayout
{
    /// <summary>Fixed-size blocks taken as a request grows (PagedAttention): a request wastes at most one partly filled block.</summary>
    Paged,

    /// <summary>Each request reserves its maximum length (input + output) when admitted, as engines did before PagedAttention.</summary>
    Contiguous,
}
