using InferCost.Estimation;

namespace InferCost.Analysis;

/// <summary>A scenario's decode and prefill placed on its accelerator's roofline (essay 001 section 2.2, figure 1).</summary>
/// <param name="Estimate">The estimate the operating points come from.</param>
/// <param name="Ceilings">One roofline per precision the accelerator has a dense tensor rate for, narrowest last.</param>
/// <param name="Compute">The ceiling of the precision the scenario's tensor cores run.</param>
/// <param name="Decode">The decode step at the scenario's batch.</param>
/// <param name="Prefill">The steady-state prefill of a batch of prompts.</param>
/// <param name="DecodeGap">Ridge point / decode intensity: how far decode sits below the ridge (essay 001's "90x", 1 or less when compute-bound).</param>
public sealed record ScenarioRoofline(
    Estimate Estimate,
    IReadOnlyList<RooflineCeiling> Ceilings,
    RooflineCeiling Compute,
    RooflinePoint Decode,
    RooflinePoint Prefill,
    double DecodeGap);
