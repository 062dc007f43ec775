using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Economics;

/// <summary>
/// The energy the network spends OUTSIDE the GPU board to carry what a GPU sends: bytes over the scale-up fabric at its
/// energy per byte plus bytes over the scale-out fabric at its own. The GPU's SerDes energy is in board power
/// (<see cref="PowerModel"/>), and the gear's static draw is in the network layer's power, so this is only the part that
/// follows the traffic. Pure functions, shared by the explained estimate and the sweep kernel.
/// </summary>
public static class NetworkEnergy
{
    /// <summary>E = scale-up bytes x e_up + scale-out bytes x e_out.</summary>
    public static Joules Of(Bytes scaleUp, JoulesPerByte scaleUpEnergy, Bytes scaleOut, JoulesPerByte scaleOutEnergy) =>
        (scaleUp * scaleUpEnergy) + (scaleOut * scaleOutEnergy);

    /// <summary>The scenario's energies per byte sent (scale-up, scale-out); zero for a fabric the catalog does not name.</summary>
    public static (JoulesPerByte ScaleUp, JoulesPerByte ScaleOut) PerByte(Scenario s) =>
        (s.ScaleUpFabric?.EnergyPerByte ?? JoulesPerByte.Zero, s.ScaleOutFabric?.EnergyPerByte ?? JoulesPerByte.Zero);

    /// <summary>Network energy of one serving cycle per GPU: E = E_prefill + (output - 1) x E_step.</summary>
    public static Joules Cycle(Joules prefill, Joules step, double decodeSteps) => prefill + (step * decodeSteps);

    /// <summary>
    /// The network-energy layer per productive GPU-hour: C = P_net x price x PUE (the facility overhead on this power is in
    /// the line itself, not in the facility layer). The network power is the cycle's average, drawn only while producing.
    /// </summary>
    public static DollarsPerHour PerProductiveHour(Watts networkPower, DollarsPerKilowattHour price, double pue) => networkPower * price * pue;
}
