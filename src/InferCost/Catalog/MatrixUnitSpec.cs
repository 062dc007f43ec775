namespace InferCost.Catalog;

/// <summary>Facts of an accelerator's matrix (tensor-core) unit that shape small matrix products.</summary>
/// <param name="MinTileM">
/// Smallest M (rows of the activation operand) one matrix instruction computes: a GEMM over fewer rows is padded to it
/// (Hopper wgmma m64, Blackwell tcgen05 m128 at full rate, Ampere/Ada mma.sync m16, CDNA MFMA 16).
/// </param>
/// <param name="BlockScaledMma">
/// Whether the matrix instructions apply per-block scale factors themselves (Blackwell's tcgen05 and SM120
/// block_scale MMA, CDNA 4's MFMA_SCALE): a block-scaled FP8 GEMM then runs at per-tensor rates, with no scaled
/// partial sums to promote on the CUDA cores as on Hopper.
/// </param>
public sealed record MatrixUnitSpec(int MinTileM, bool BlockScaledMma = false);
