using System.Runtime.CompilerServices;
using InferCost.Units;

namespace InferCost.Economics;

/// <summary>GPU energy and average power over a batch's cycle, composed once for the explained estimate and the sweep kernel.</summary>
public static class CycleEnergy
{
    /// <summary>GPU energy per cycle per GPU: E = P_prefill x t_prefill(B) + P_decode x (output - 1) x t_step.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Joules Of(Watts prefillPower, Seconds prefillTime, Watts decodePower, Seconds decodeTime) =>
        (prefillPower * prefillTime) + (decodePower * decodeTime);

    /// <summary>Average active board power: P_active = E / T.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Watts AveragePower(Joules energy, Seconds prefillTime, Seconds decodeTime) => energy / (prefillTime + decodeTime);

    /// <summary>
    /// GPU energy per output token of a replica whose every GPU spends <paramref name="energy"/> producing
    /// <paramref name="outputTokens"/> tokens: e = E x GPUs per replica / tokens (a cycle: B x output; a decode step: B).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JoulesPerToken PerOutputToken(Joules energy, int gpusPerReplica, double outputTokens) =>
        JoulesPerToken.Of(energy * gpusPerReplica, outputTokens);
}
