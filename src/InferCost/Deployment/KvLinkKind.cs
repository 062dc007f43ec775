namespace InferCost.Deployment;

/// <summary>Which link a disaggregated deployment moves each request's KV cache over, from its prefill to its decode instance.</summary>
public enum KvLinkKind
{
    /// <summary>The RDMA NIC of each GPU (the accelerator's scale-out bandwidth): prefill and decode pools on different nodes.</summary>
    ScaleOut,

    /// <summary>The scale-up fabric (NVLink, Infinity Fabric): both pools inside one scale-up domain.</summary>
    ScaleUp,

    /// <summary>A bandwidth per GPU the user gives.</summary>
    Explicit,
}
