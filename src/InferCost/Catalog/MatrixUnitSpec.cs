namespace InferCost.Catalog;

/// <summary>Facts of an accelerator's matrix (tensor-core) unit that shape small matrix products.</summary>
/// <param name="MinTileM">
/// Smallest M (rows of the activation operand) one matrix instruction computes: a GEMM over fewer rows is padded to it
/// (Hopper wgmma m64, Blackwell tcgen05 m128 at full rate, Ampere/Ada mma.sync m16, CDNA MFMA 16).
/// </param>
public sealed record MatrixUnitSpec(int MinTileM);
