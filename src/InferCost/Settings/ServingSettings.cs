namespace InferCost.Settings;

/// <summary>Assumptions about the serving stack that are not properties of the accelerator.</summary>
/// <param name="MaxBatchedTokens">Tokens one forward pass may hold (chunked prefill budget); sizes the activation workspace.</param>
/// <param name="ActivationValuesPerTokenPerLayer">Activation values read and written per token per layer in decode, in units of the hidden size.</param>
/// <param name="SramBytesPerHbmByte">On-chip SRAM traffic per byte read from memory (L2 fill, shared-memory write and read).</param>
/// <param name="MaxRunningRequests">The most requests the scheduler keeps in flight per replica, however much memory is free.</param>
public sealed record ServingSettings(int MaxBatchedTokens, double ActivationValuesPerTokenPerLayer, double SramBytesPerHbmByte, int MaxRunningRequests);
