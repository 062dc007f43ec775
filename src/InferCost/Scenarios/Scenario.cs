using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Deployment;
using InferCost.Settings;

namespace InferCost.Scenarios;

/// <summary>
/// Everything one estimate depends on. Built with an object initializer (every input is a required, named property), so
/// that no two inputs of the same type can be swapped by position.
/// </summary>
public sealed record Scenario
{
    /// <summary>The model.</summary>
    public required ModelEntry Model { get; init; }

    /// <summary>The accelerator and how many of them are laid out how.</summary>
    public required AcceleratorDeployment Deployment { get; init; }

    /// <summary>Weight precision.</summary>
    public required Precision Weights { get; init; }

    /// <summary>KV-cache precision.</summary>
    public required Precision Kv { get; init; }

    /// <summary>Requests decoded together per replica.</summary>
    public required BatchSize Batch { get; init; }

    /// <summary>Prompt tokens per request.</summary>
    public required int InputTokens { get; init; }

    /// <summary>Generated tokens per request.</summary>
    public required int OutputTokens { get; init; }

    /// <summary>Facility settings.</summary>
    public required FacilitySettings Facility { get; init; }

    /// <summary>Finance settings.</summary>
    public required FinanceSettings Finance { get; init; }

    /// <summary>Serving-stack assumptions (chunk size and request cap are the stack's unless a face changes them).</summary>
    public required ServingSettings Serving { get; init; }

    /// <summary>The serving stack: its per-pass, per-layer and per-request costs and its memory rules.</summary>
    public required ServingStackSpec Stack { get; init; }

    /// <summary>Where KV beyond HBM lives (none by default), and how much of that tier each GPU has.</summary>
    public OffloadSettings Offload { get; init; } = OffloadSettings.None;

    /// <summary>The region whose power price is used, if one was chosen.</summary>
    public string? RegionId { get; init; }

    /// <summary>Separate prefill and decode pools (xPyD) and the KV link between them; null for one aggregated pool.</summary>
    public Disaggregation? Disaggregation { get; init; }

    /// <summary>Speculative decoding (a drafter, its draft length and acceptance); null for none.</summary>
    public Speculation? Speculation { get; init; }

    /// <summary>The scale-out fabric chosen in place of the accelerator's default (field <c>fabric</c>); null for the default.</summary>
    public NetworkFabric? ScaleOutFabricChoice { get; init; }

    /// <summary>The accelerator.</summary>
    public Accelerator Accelerator => Deployment.Accelerator;

    /// <summary>The scale-up fabric (the accelerator's); null when the catalog names none.</summary>
    public NetworkFabric? ScaleUpFabric => Accelerator.Interconnect.ScaleUpFabric;

    /// <summary>The scale-out fabric: the one chosen, else the accelerator's default; null when the catalog names none.</summary>
    public NetworkFabric? ScaleOutFabric => ScaleOutFabricChoice ?? Accelerator.Interconnect.ScaleOutFabric;

    /// <summary>How the model is spread over the GPUs.</summary>
    public ParallelLayout Layout => Deployment.Layout;

    /// <summary>GPUs in the system.</summary>
    public int Gpus => Deployment.Gpus;

    /// <summary>GPUs in one tensor-parallel group (one model replica).</summary>
    public int TensorParallel => Layout.TensorParallel;

    /// <summary>Independent model replicas (data parallelism).</summary>
    public int Replicas => Layout.Replicas;

    /// <summary>
    /// The same scenario on another serving stack, with that stack's chunk size and request cap (its KV default is the
    /// face's to apply, since only the face knows whether the user gave a KV precision).
    /// </summary>
    public Scenario OnStack(ServingStackSpec stack) => this with
    {
        Stack = stack,
        Serving = Serving with { MaxBatchedTokens = stack.MaxBatchedTokens, MaxRunningRequests = stack.MaxRunningRequests },
    };

    /// <summary>
    /// The same scenario on another scale-out fabric, whose gear (with the scale-up fabric's) becomes the network capital
    /// and static network power per GPU; a face writes the user's explicit network-capex and nic-power after this.
    /// </summary>
    public Scenario OnFabric(NetworkFabric scaleOut) => this with
    {
        ScaleOutFabricChoice = scaleOut,
        Finance = Finance with
        {
            NetworkGearPerGpu = Accelerator.Interconnect.GearCapitalPerGpu(scaleOut) ?? Finance.NetworkGearPerGpu,
            NicPower = Accelerator.Interconnect.GearPowerPerGpu(scaleOut) ?? Finance.NicPower,
        },
    };

    /// <summary>The same scenario with another layout on the same accelerator.</summary>
    public Scenario WithLayout(ParallelLayout layout) => this with { Deployment = Deployment with { Layout = layout } };
}
