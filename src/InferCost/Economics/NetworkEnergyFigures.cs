using InferCost.Units;

namespace InferCost.Economics;

/// <summary>The network's traffic-proportional energy outside the GPU board (<see cref="NetworkEnergyModel"/>).</summary>
/// <param name="AveragePower">Per GPU, averaged over the serving cycle.</param>
/// <param name="PerOutputToken">Per output token of a replica, over the whole cycle.</param>
public sealed record NetworkEnergyFigures(Watts AveragePower, JoulesPerToken PerOutputToken)
{
    /// <summary>Per GPU, one decode step's traffic energy.</summary>
    public Joules StepEnergy { get; init; }

    /// <summary>Per GPU, one prefill of the batch's traffic energy.</summary>
    public Joules PrefillEnergy { get; init; }
}
