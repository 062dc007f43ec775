using InferCost.Architecture;
using InferCost.Deployment;
using InferCost.Sweeps;
using InferCost.Units;

namespace InferCost.Scenarios.Fields;

/// <summary>
/// The table of scenario fields: each input described once (<see cref="ScenarioField"/>). Flags, scenario-file keys,
/// sweep axes, sampleable inputs, the JSON echo and range checks all derive from it. To add a field: add its entry here
/// (and to <see cref="All"/>), then its physics: where it lives in <see cref="Scenario"/> and what reads it.
/// Accessors read today's <see cref="Scenario"/> shape.
/// </summary>
public static class ScenarioFields
{
    /// <summary>The model.</summary>
    public static readonly ScenarioField Model = new()
    {
        Id = "model",
        Kind = FieldKind.ModelIdOrPath,
        Description = "Model id from the catalog, or a path to a Hugging Face config.json",
        Default = ScenarioDefaults.Model,
        Text = s => s.Model.Id,
        EchoKey = "model",
    };

    /// <summary>The accelerator.</summary>
    public static readonly ScenarioField Gpu = new()
    {
        Id = "gpu",
        Kind = FieldKind.CatalogId,
        Description = "Accelerator id from the catalog",
        Default = ScenarioDefaults.Accelerator,
        Text = s => s.Accelerator.Id,
        EchoKey = "gpu",
    };

    /// <summary>GPUs in the system.</summary>
    public static readonly ScenarioField Gpus = new()
    {
        Id = "gpus",
        Kind = FieldKind.WholeNumber,
        Range = new(1, 1_000_000, "a million GPUs is beyond any cluster built"),
        Description = "GPUs in the system: a whole number of replicas of tp x attention-dp x pp GPUs",
        Default = "one replica x dp",
        Read = s => s.Gpus,
        // The GPUs are whole replicas of the current layout; a face checks a count that is not (DeploymentRules.LayoutOf)
        // before writing it, so a remainder here is a bug, not bad input.
        Write = (s, v) => (int)v % s.Layout.GpusPerReplica == 0
            ? s.WithLayout(s.Layout.WithReplicas((int)v / s.Layout.GpusPerReplica))
            : throw new ArgumentOutOfRangeException(nameof(v), v, $"{v} GPUs is not a whole number of replicas of {s.Layout.GpusPerReplica}."),
        EchoKey = "gpus",
    };

    /// <summary>The tensor-parallel degree.</summary>
    public static readonly ScenarioField Tp = new()
    {
        Id = "tp",
        Kind = FieldKind.WholeNumber,
        Range = new(1, 100_000, "the accelerator's scale-up domain limits it further"),
        Description = "Tensor-parallel degree: GPUs each layer's heads and dense columns are split over (across scale-up domains its all-reduces cross the scale-out network)",
        Default = "gpus / (pp x attention-dp x dp), or 1 with ep",
        Read = s => s.TensorParallel,
        Write = (s, v) => s.WithLayout(s.Layout.WithTensorParallel((int)v)),
        EchoKey = "tp",
    };

    /// <summary>The pipeline-parallel degree.</summary>
    public static readonly ScenarioField Pp = new()
    {
        Id = "pp",
        Kind = FieldKind.WholeNumber,
        Range = new(1, 1_000, "no model has a thousand layers to stage"),
        Description = "Pipeline-parallel degree: stages per replica, each holding ceil(layers / pp) layers; decode keeps min(batch, pp) micro-batches in flight",
        Default = "1",
        Read = s => s.Layout.PipelineParallel,
        Write = (s, v) => s.WithLayout(s.Layout.WithPipelineParallel((int)v)),
        EchoKey = "pp",
    };

    /// <summary>The expert-parallel degree.</summary>
    public static readonly ScenarioField Ep = new()
    {
        Id = "ep",
        Kind = FieldKind.WholeNumber,
        Range = new(1, 100_000, "the model's routed experts limit it further"),
        Description = "Expert-parallel degree: GPUs of a stage each MoE layer's routed experts are spread over, with an all-to-all dispatch and combine per MoE layer; with ep a multiple of tp above it and attention-dp unset, attention runs data-parallel in ep / tp groups (the DeepSeek layout)",
        Default = "1",
        Read = s => s.Layout.ExpertParallel,
        Write = (s, v) => s.WithLayout(s.Layout.WithExpertParallel((int)v)),
        EchoKey = "ep",
    };

    /// <summary>Attention data-parallel groups per stage.</summary>
    public static readonly ScenarioField AttentionDp = new()
    {
        Id = "attention-dp",
        Kind = FieldKind.WholeNumber,
        Range = new(1, 100_000, "the stage's GPUs limit it further"),
        Description = "Attention data-parallel groups per stage: TP groups side by side, each with its own requests and KV, sharing one set of experts (a stage is tp x attention-dp GPUs; with ep = 1 every expert is split over all of them)",
        Default = "ep / tp when ep is a multiple of tp above it, else 1",
        Read = s => s.Layout.AttentionGroups,
        Write = (s, v) => s.WithLayout(s.Layout.WithAttentionGroups((int)v)),
        EchoKey = "attentionDp",
    };

    /// <summary>The data-parallel degree.</summary>
    public static readonly ScenarioField Dp = new()
    {
        Id = "dp",
        Kind = FieldKind.WholeNumber,
        Range = new(1, 1_000_000, "a million replicas is beyond any cluster built"),
        Description = "Data-parallel replicas: independent copies of the model serving side by side (gpus = dp x tp x attention-dp x pp)",
        Default = "gpus / GPUs per replica, or 1",
        Read = s => s.Layout.Replicas,
        Write = (s, v) => s.WithLayout(s.Layout.WithReplicas((int)v)),
        EchoKey = "dp",
    };

    /// <summary>Expert load imbalance.</summary>
    public static readonly ScenarioField ExpertSkew = new()
    {
        Id = "expert-skew",
        Kind = FieldKind.Number,
        Unit = "x mean",
        Range = new(1, 8, "1 is perfectly balanced routing; at 8 the busiest GPU of an 8-GPU group would carry the whole group's tokens"),
        Description = "Expert load imbalance with ep > 1: tokens the busiest expert-parallel GPU receives over the mean, after any balancing (redundant experts); scales that GPU's expert work and all-to-all traffic, which pace the group",
        Default = "1",
        Read = s => s.Layout.ExpertSkew,
        Write = (s, v) => s.WithLayout(s.Layout with { ExpertSkew = v }),
        ToQuantity = v => Quantity.Number(v),
        EchoKey = "expertSkew",
    };

    /// <summary>Redundant expert copies per MoE layer.</summary>
    public static readonly ScenarioField RedundantExperts = new()
    {
        Id = "redundant-experts",
        Kind = FieldKind.WholeNumber,
        Range = new(0, 4_096, "more copies than any model has experts"),
        Description = "Redundant expert copies per MoE layer with ep > 1 (DeepSeek's EPLB places copies of hot experts): their weights take memory and are read; routed + redundant must divide by ep",
        Default = "0",
        Read = s => s.Layout.RedundantExperts,
        Write = (s, v) => s.WithLayout(s.Layout with { RedundantExperts = (int)v }),
        EchoKey = "redundantExperts",
    };

    /// <summary>The serving stack.</summary>
    public static readonly ScenarioField Stack = new()
    {
        Id = "stack",
        Kind = FieldKind.CatalogId,
        Description = "Serving stack id from the catalog, by release line (trtllm, trtllm-pytorch, vllm, vllm-v0, sglang, sglang-0.4): its per-pass, per-kernel and per-request costs, MoE kernel, memory rules and defaults",
        Default = "the catalog's default stack",
        Text = s => s.Stack.Id,
        EchoKey = "stack",
    };

    /// <summary>The weight precision.</summary>
    public static readonly ScenarioField Weights = new()
    {
        Id = "weights",
        Kind = FieldKind.Precision,
        Description = "Weight precision: fp16, bf16, fp8 or fp4",
        Default = PrecisionFacts.Name(ScenarioDefaults.Weights),
        Text = s => PrecisionFacts.Name(s.Weights),
        EchoKey = "weights",
    };

    /// <summary>The KV-cache precision.</summary>
    public static readonly ScenarioField Kv = new()
    {
        Id = "kv",
        Kind = FieldKind.Precision,
        Description = "KV-cache precision: fp16, bf16, fp8 or fp4",
        Default = "the stack's: trtllm fp8 with fp8/fp4 weights, vllm and sglang the model dtype (bf16 for quantised weights)",
        Text = s => PrecisionFacts.Name(s.Kv),
        EchoKey = "kv",
    };

    /// <summary>Requests decoded together per replica.</summary>
    public static readonly ScenarioField Batch = new()
    {
        Id = "batch",
        Kind = FieldKind.Batch,
        Range = new(1, 1_000_000, "memory caps it far lower"),
        Description = "Requests decoded together per replica, or 'max' for the largest that fits",
        Default = ScenarioDefaults.BatchRequests.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Text = s => s.Batch.ToString(),
        Read = s => s.Batch.IsMax ? null : s.Batch.Requests,
        Write = (s, v) => s with { Batch = BatchOf(v) },
        Point = PointField.Batch,
        SetPoint = static (ref PointInputs p, double v) => p.Batch = BatchOf(v),
        ToQuantity = Quantity.Count,
        SampleStream = 11,
        EchoKey = "batch",
    };

    /// <summary>Prompt tokens per request.</summary>
    public static readonly ScenarioField Input = new()
    {
        Id = "input",
        Kind = FieldKind.TokenCount,
        Range = new(1, 100_000_000, "no model reads a longer context"),
        Description = "Prompt tokens per request; accepts 4k, 128k, 1m (k = 1,024)",
        Default = ScenarioDefaults.InputTokens.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Read = s => s.InputTokens,
        Write = (s, v) => s with { InputTokens = (int)v },
        Point = PointField.InputTokens,
        SetPoint = static (ref PointInputs p, double v) => p.InputTokens = (int)v,
        ToQuantity = Quantity.TokenCount,
        SampleStream = 12,
        EchoKey = "inputTokens",
    };

    /// <summary>Generated tokens per request.</summary>
    public static readonly ScenarioField Output = new()
    {
        Id = "output",
        Kind = FieldKind.TokenCount,
        Range = new(1, 100_000_000, "no model writes a longer context"),
        Description = "Generated tokens per request; accepts k suffix",
        Default = ScenarioDefaults.OutputTokens.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Read = s => s.OutputTokens,
        Write = (s, v) => s with { OutputTokens = (int)v },
        Point = PointField.OutputTokens,
        SetPoint = static (ref PointInputs p, double v) => p.OutputTokens = (int)v,
        ToQuantity = Quantity.TokenCount,
        SampleStream = 13,
        EchoKey = "outputTokens",
    };

    /// <summary>The region whose power price is used.</summary>
    public static readonly ScenarioField Region = new()
    {
        Id = "region",
        Kind = FieldKind.CatalogId,
        Description = "Region id from the catalog whose power price to use",
        Default = "none: the catalog's default power price",
        Text = s => s.RegionId,
        EchoKey = "region",
    };

    /// <summary>Electricity price.</summary>
    public static readonly ScenarioField PowerPrice = new()
    {
        Id = "power-price",
        Kind = FieldKind.Number,
        Unit = "USD/kWh",
        Range = new(0, 10, "retail electricity costs well under 1 USD/kWh"),
        Description = "Electricity price in USD per kWh; overrides region's price",
        Default = "the catalog's facility default",
        Read = s => s.Facility.PowerPrice.Value,
        Write = (s, v) => s with { Facility = s.Facility with { PowerPrice = new DollarsPerKilowattHour(v) } },
        Point = PointField.PowerPrice,
        SetPoint = static (ref PointInputs p, double v) => p.Cost = p.Cost with { PowerPrice = new DollarsPerKilowattHour(v) },
        ToQuantity = v => new Quantity(v, Unit.DollarsPerKilowattHour),
        SampleStream = 3,
        EchoKey = "powerPriceUsdPerKwh",
    };

    /// <summary>Power usage effectiveness.</summary>
    public static readonly ScenarioField Pue = new()
    {
        Id = "pue",
        Kind = FieldKind.Number,
        Range = new(1, 3, "facility power / IT power"),
        Description = "Power usage effectiveness, facility power / IT power",
        Default = "the catalog's facility default",
        Read = s => s.Facility.Pue,
        Write = (s, v) => s with { Facility = s.Facility with { Pue = v } },
        Point = PointField.Pue,
        SetPoint = static (ref PointInputs p, double v) => p.Cost = p.Cost with { Pue = v },
        ToQuantity = Quantity.Number,
        SampleStream = 1,
        EchoKey = "pue",
    };

    /// <summary>Fraction of hours producing tokens.</summary>
    public static readonly ScenarioField Utilisation = new()
    {
        Id = "utilisation",
        Kind = FieldKind.Number,
        Range = new(0.01, 1, "a fraction of hours producing tokens; below 1% every cost is divided by almost nothing"),
        Description = "Fraction of hours producing tokens",
        Default = "the catalog's default",
        Read = s => s.Finance.Utilisation,
        Write = (s, v) => s with { Finance = s.Finance with { Utilisation = v } },
        Point = PointField.Utilisation,
        SetPoint = static (ref PointInputs p, double v) => p.Cost = p.Cost with { Utilisation = v },
        ToQuantity = Quantity.Share,
        SampleStream = 2,
        EchoKey = "utilisation",
    };

    /// <summary>GPU purchase price.</summary>
    public static readonly ScenarioField Capex = new()
    {
        Id = "capex",
        Kind = FieldKind.Number,
        Unit = "USD",
        Range = new(0, 10_000_000, "one accelerator's price; today's dearest are under 100,000 USD"),
        Description = "GPU purchase price in USD",
        Default = "the catalog price of gpu",
        Read = s => s.Finance.GpuPrice.Value,
        Write = (s, v) => s with { Finance = s.Finance with { GpuPrice = new Dollars(v) } },
        Point = PointField.GpuPrice,
        SetPoint = static (ref PointInputs p, double v) => p.Cost = p.Cost with { GpuPrice = new Dollars(v) },
        ToQuantity = v => new Quantity(v, Unit.Dollars),
        SampleStream = 0,
        EchoKey = "capexUsd",
    };

    /// <summary>System and rack gear per GPU.</summary>
    public static readonly ScenarioField RackOverhead = new()
    {
        Id = "rack-overhead",
        Kind = FieldKind.Number,
        Unit = "USD",
        Range = new(0, 1_000_000, "server, rack and power gear cost thousands of USD per GPU"),
        Description = "System and rack gear per GPU in USD",
        Default = "the catalog's default",
        Read = s => s.Finance.RackOverheadPerGpu.Value,
        Write = (s, v) => s with { Finance = s.Finance with { RackOverheadPerGpu = new Dollars(v) } },
        Point = PointField.RackOverhead,
        SetPoint = static (ref PointInputs p, double v) => p.Cost = p.Cost with { RackOverhead = new Dollars(v) },
        ToQuantity = v => new Quantity(v, Unit.Dollars),
        SampleStream = 6,
        EchoKey = "rackOverheadUsd",
    };

    /// <summary>Depreciation period.</summary>
    public static readonly ScenarioField LifeYears = new()
    {
        Id = "life-years",
        Kind = FieldKind.Number,
        Unit = "years",
        Range = new(0.25, 20, "under a quarter is not an investment; 20 years outlives any accelerator"),
        Description = "Depreciation period in years",
        Default = "the catalog's default",
        Read = s => s.Finance.LifeYears,
        Write = (s, v) => s with { Finance = s.Finance with { LifeYears = v } },
        Point = PointField.LifeYears,
        SetPoint = static (ref PointInputs p, double v) => p.Cost = p.Cost with { LifeYears = v },
        ToQuantity = Quantity.Number,
        SampleStream = 4,
        EchoKey = "lifeYears",
    };

    /// <summary>NVMe provisioned per GPU for KV-cache offload.</summary>
    public static readonly ScenarioField OffloadTb = new()
    {
        Id = "offload-tb",
        Kind = FieldKind.Number,
        Unit = "TB",
        Range = new(0, 1000, "a server holds a few hundred TB of NVMe at most"),
        Description = "NVMe provisioned per GPU for KV-cache offload, TB",
        Default = "the catalog's default",
        Read = s => s.Finance.Storage.OffloadTerabytes,
        Write = (s, v) => s with { Finance = s.Finance with { Storage = s.Finance.Storage with { OffloadTerabytes = v } } },
        Point = PointField.OffloadTerabytes,
        SetPoint = static (ref PointInputs p, double v) =>
            p.Cost = p.Cost with { DrivesCapital = (p.Context.Scenario.Finance.Storage with { OffloadTerabytes = v }).Capital },
        ToQuantity = v => new Quantity(v * 1e12, Unit.Bytes),
        SampleStream = 10,
    };

    /// <summary>Drive power per GPU.</summary>
    public static readonly ScenarioField StoragePower = new()
    {
        Id = "storage-power",
        Kind = FieldKind.Number,
        Unit = "W",
        Range = new(0, 10_000, "drives draw tens of watts per GPU"),
        Description = "Drive power per GPU in watts",
        Default = "the catalog's default",
        Read = s => s.Finance.Storage.Power.Value,
        Write = (s, v) => s with { Finance = s.Finance with { Storage = s.Finance.Storage with { Power = new Watts(v) } } },
        Point = PointField.StoragePower,
        SetPoint = static (ref PointInputs p, double v) => p.Cost = p.Cost with { StoragePower = new Watts(v) },
        ToQuantity = v => new Quantity(v, Unit.Watts),
        SampleStream = 9,
    };

    /// <summary>Switches and optics per GPU.</summary>
    public static readonly ScenarioField NetworkCapex = new()
    {
        Id = "network-capex",
        Kind = FieldKind.Number,
        Unit = "USD",
        Range = new(0, 1_000_000, "switches and optics cost thousands of USD per GPU"),
        Description = "Switches and optics per GPU in USD",
        Default = "the gear of the accelerator's fabrics (scale-up and scale-out, data/fabrics.yaml)",
        Read = s => s.Finance.NetworkGearPerGpu.Value,
        Write = (s, v) => s with { Finance = s.Finance with { NetworkGearPerGpu = new Dollars(v) } },
        Point = PointField.NetworkGear,
        SetPoint = static (ref PointInputs p, double v) => p.Cost = p.Cost with { NetworkGear = new Dollars(v) },
        ToQuantity = v => new Quantity(v, Unit.Dollars),
        SampleStream = 7,
    };

    /// <summary>NIC and switch-port power per GPU.</summary>
    public static readonly ScenarioField NicPower = new()
    {
        Id = "nic-power",
        Kind = FieldKind.Number,
        Unit = "W",
        Range = new(0, 10_000, "NICs and switch ports draw tens of watts per GPU"),
        Description = "NIC and switch-port power per GPU in watts",
        Default = "the static gear power of the accelerator's fabrics (data/fabrics.yaml)",
        Read = s => s.Finance.NicPower.Value,
        Write = (s, v) => s with { Finance = s.Finance with { NicPower = new Watts(v) } },
        Point = PointField.NicPower,
        SetPoint = static (ref PointInputs p, double v) => p.Cost = p.Cost with { NicPower = new Watts(v) },
        ToQuantity = v => new Quantity(v, Unit.Watts),
        SampleStream = 8,
    };

    /// <summary>Labour and software as a share of infrastructure cost.</summary>
    public static readonly ScenarioField LabourShare = new()
    {
        Id = "labour-share",
        Kind = FieldKind.Number,
        Range = new(0, 5, "a share of infrastructure cost; operators report well under 1"),
        Description = "Labour and software as a share of infrastructure cost",
        Default = "the catalog's default",
        Read = s => s.Finance.LabourShare,
        Write = (s, v) => s with { Finance = s.Finance with { LabourShare = v } },
        Point = PointField.LabourShare,
        SetPoint = static (ref PointInputs p, double v) => p.Cost = p.Cost with { LabourShare = v },
        ToQuantity = Quantity.Share,
        SampleStream = 5,
        EchoKey = "labourShare",
    };

    /// <summary>A rented GPU's price per GPU-hour, instead of the owner's bottom-up cost.</summary>
    public static readonly ScenarioField GpuHourPrice = new()
    {
        Id = "gpu-hour-price",
        Kind = FieldKind.Number,
        Unit = "USD/GPU-hour",
        Range = new(0.01, 1000, "rented accelerators list at about 1 to 15 USD per GPU-hour"),
        Description = "Rented GPU price in USD per GPU-hour, paid for every hour rented: replaces the owner's bottom-up cost (capital, power, facility, storage, network, labour), and a productive hour costs it / utilisation; the bottom-up cost is shown beside it",
        Default = "none: owned GPUs, costed bottom-up",
        Read = s => s.Finance.RentedGpuHourPrice?.Value,
        Write = (s, v) => s with { Finance = s.Finance with { RentedGpuHourPrice = new DollarsPerHour(v) } },
        ToQuantity = v => new Quantity(v, Unit.DollarsPerHour),
        EchoKey = "gpuHourPriceUsd",
    };

    /// <summary>Disaggregated prefill and decode pools (xPyD).</summary>
    public static readonly ScenarioField Disaggregate = new()
    {
        Id = Deployment.Disaggregation.FieldId,
        Kind = FieldKind.Disaggregation,
        Description = "Disaggregated prefill/decode as xPyD (2P1D: 2 prefill and 1 decode instances, each one replica of the layout; gpus is then (x + y) x tp, or leave it at tp); every command prices each pool's GPUs against the tokens it makes, and estimate compares the aggregated deployment on as many GPUs",
        Default = "none: one aggregated pool",
        Text = s => s.Disaggregation?.Text,
    };

    /// <summary>The link a disaggregated deployment moves the KV cache over.</summary>
    public static readonly ScenarioField KvLink = new()
    {
        Id = Deployment.KvLink.FieldId,
        Kind = FieldKind.KvLink,
        Description = "With disaggregate: the link each request's KV cache moves over from prefill to decode: scale-out (each GPU's RDMA NIC), scale-up (both pools in one NVLink/NVL72 domain) or a bandwidth per GPU in GB/s",
        Default = "scale-out",
        Text = s => s.Disaggregation?.Link.Text,
    };

    /// <summary>Speculative decoding's drafter.</summary>
    public static readonly ScenarioField Speculative = new()
    {
        Id = Speculation.FieldId,
        Kind = FieldKind.CatalogId,
        Description = "Speculative decoding: mtp (the model's own multi-token-prediction module, e.g. DeepSeek-V3's) or a smaller draft model's catalog id of the same vocabulary; each iteration drafts draft-tokens tokens, the model verifies them in one pass of k + 1 tokens per request, and keeps (1 - α^(k+1)) / (1 - α) tokens on average",
        Default = "none",
        Text = s => s.Speculation?.Text,
        EchoKey = "speculative",
    };

    /// <summary>Tokens drafted per speculative iteration.</summary>
    public static readonly ScenarioField DraftTokens = new()
    {
        Id = Speculation.DraftTokensFieldId,
        Kind = FieldKind.WholeNumber,
        Range = new(1, Speculation.MaxDraftTokens, "stacks draft a handful of tokens; beyond that the later drafts are almost never accepted"),
        Description = "With speculative: tokens the drafter proposes per iteration, k",
        Default = "1 (what an MTP module is trained for)",
        Read = s => s.Speculation?.DraftTokens,
        Write = (s, v) => s.Speculation is { } sp ? s with { Speculation = sp with { DraftTokens = (int)v } } : s,
        ToQuantity = Quantity.Count,
        EchoKey = "draftTokens",
    };

    /// <summary>Acceptance rate of drafted tokens.</summary>
    public static readonly ScenarioField Acceptance = new()
    {
        Id = Speculation.AcceptanceFieldId,
        Kind = FieldKind.Number,
        Range = new(0, 1, "a probability"),
        Description = "With speculative: the probability α that a drafted token is accepted, given the drafts before it were",
        Default = "the MTP module's published rate where the catalog has one (DeepSeek-V3: 0.85); required with a draft model",
        Read = s => s.Speculation?.Acceptance,
        Write = (s, v) => s.Speculation is { } sp ? s with { Speculation = sp with { Acceptance = v } } : s,
        ToQuantity = Quantity.Share,
        EchoKey = "acceptance",
    };

    /// <summary>The scale-out fabric.</summary>
    public static readonly ScenarioField Fabric = new()
    {
        Id = "fabric",
        Kind = FieldKind.CatalogId,
        Description = "Scale-out fabric id from the catalog (ib-ndr-400, ib-xdr-800, ethernet-400, ...): its energy per bit prices the network-energy line, and its gear (with the accelerator's scale-up fabric's) is the default network-capex and nic-power",
        Default = "the accelerator's scale-out fabric",
        Text = s => s.ScaleOutFabric?.Id ?? "",
        EchoKey = "fabric",
    };

    /// <summary>Where KV beyond HBM lives.</summary>
    public static readonly ScenarioField Offload = new()
    {
        Id = "offload",
        Kind = FieldKind.CatalogId,
        Description = "Where KV that does not fit in HBM lives: none, dram (host memory over PCIe Gen5 x16, or NVLink-C2C on Grace superchips) or nvme (the offload NVMe of offload-tb, over nvme-drives drives)",
        Default = "none",
        Text = s => OffloadSettings.NameOf(s.Offload.Tier),
    };

    /// <summary>Host DRAM per GPU for offloaded KV.</summary>
    public static readonly ScenarioField OffloadDramGb = new()
    {
        Id = "offload-dram-gb",
        Kind = FieldKind.Number,
        Unit = "GB",
        Range = new(0, 100_000, "a server holds a few TB of DRAM per GPU at most"),
        Description = "Host DRAM per GPU for offloaded KV in GB, priced and powered as its own cost line (offload dram)",
        Default = "the catalog's default (data/storage.yaml)",
        Read = s => s.Offload.DramGigabytes,
        Write = (s, v) => s with { Offload = s.Offload with { DramGigabytes = v } },
        ToQuantity = v => new Quantity(v * 1e9, Unit.Bytes),
    };

    /// <summary>NVMe drives per GPU the offload NVMe is spread over.</summary>
    public static readonly ScenarioField NvmeDrives = new()
    {
        Id = "nvme-drives",
        Kind = FieldKind.WholeNumber,
        Range = new(1, 64, "an 8-GPU server has room for a few dozen E1.S drives"),
        Description = "NVMe drives per GPU holding the offload NVMe (offload nvme): their read bandwidths add up to the host link, and each draws its active power while streaming",
        Default = "the catalog's default (data/storage.yaml)",
        Read = s => s.Offload.NvmeDrives,
        Write = (s, v) => s with { Offload = s.Offload with { NvmeDrives = (int)v } },
        ToQuantity = Quantity.Count,
    };

    /// <summary>Every field, in help order (also the order of flags, of the scenario echo and of error messages).</summary>
    public static IReadOnlyList<ScenarioField> All { get; } =
    [
        Model, Gpu, Gpus, Tp, Pp, Ep, AttentionDp, Dp, ExpertSkew, RedundantExperts, Stack, Weights, Kv, Batch, Input, Output, Region, PowerPrice, Pue, Utilisation, Capex, RackOverhead, LifeYears,
        OffloadTb, StoragePower, NetworkCapex, NicPower, LabourShare, GpuHourPrice,
        Disaggregate, KvLink, Fabric, Offload, OffloadDramGb, NvmeDrives, Speculative, DraftTokens, Acceptance,
    ];

    /// <summary>The fields a sweep or a sample can vary point by point, indexed by <see cref="PointField"/>.</summary>
    private static readonly ScenarioField[] ByPoint = IndexByPoint(All);

    /// <summary>The field with canonical id <paramref name="id"/>, or null.</summary>
    public static ScenarioField? Find(string id) => All.FirstOrDefault(f => f.Id == id);

    /// <summary>The field the kernel knows as <paramref name="point"/>.</summary>
    public static ScenarioField Of(PointField point) =>
        (int)point >= 0 && (int)point < ByPoint.Length ? ByPoint[(int)point] : throw new ArgumentOutOfRangeException(nameof(point), point, "Not a point field.");

    /// <summary>
    /// The sampleable fields in the order they take their random streams from the master seed (fixed by
    /// <see cref="ScenarioField.SampleStream"/>, not by the table's order: seeded results must not move when the table does).
    /// </summary>
    public static IReadOnlyList<ScenarioField> SampleStreamOrder { get; } =
        [.. All.Where(f => f.SampleStream is not null).OrderBy(f => f.SampleStream)];

    private static ScenarioField[] IndexByPoint(IReadOnlyList<ScenarioField> all)
    {
        var points = all.Where(f => f.Point is not null).ToList();
        var index = new ScenarioField[points.Count];
        foreach (var f in points)
        {
            index[(int)f.Point!.Value] = f;
        }

        return index;
    }

    private static BatchSize BatchOf(double v) => v == 0 ? BatchSize.Max : BatchSize.Of((int)v);
}
