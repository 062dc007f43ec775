namespace InferCost.Reporting.Scenarios;

/// <summary>A scenario input: its flag, its key in a scenario YAML file, and what it accepts.</summary>
/// <param name="Flag">The command-line flag without dashes (e.g. power-price).</param>
/// <param name="YamlKey">The key in a scenario file (e.g. powerPrice).</param>
/// <param name="Help">What it means and what values it takes.</param>
internal sealed record ScenarioField(string Flag, string YamlKey, string Help)
{
    public static readonly ScenarioField Model = new("model", "model", "Model id from the catalog, or a path to a Hugging Face config.json (default llama-3.1-70b).");
    public static readonly ScenarioField Gpu = new("gpu", "gpu", "Accelerator id from the catalog (default h200-sxm).");
    public static readonly ScenarioField Gpus = new("gpus", "gpus", "GPUs in the system, a multiple of --tp (default: --tp, or 1).");
    public static readonly ScenarioField Tp = new("tp", "tp", "Tensor-parallel degree: GPUs per model replica (default: --gpus).");
    public static readonly ScenarioField Weights = new("weights", "weights", "Weight precision: fp16, bf16, fp8 or fp4 (default fp8).");
    public static readonly ScenarioField Kv = new("kv", "kv", "KV-cache precision: fp16, bf16, fp8 or fp4 (default fp8 with fp8/fp4 weights, else the weight precision).");
    public static readonly ScenarioField Batch = new("batch", "batch", "Requests decoded together per replica, or 'max' for the largest that fits (default 64).");
    public static readonly ScenarioField Input = new("input", "input", "Prompt tokens per request; accepts 4k, 128k, 1m (k = 1,024) (default 4k).");
    public static readonly ScenarioField Output = new("output", "output", "Generated tokens per request; accepts k suffix (default 512).");
    public static readonly ScenarioField Region = new("region", "region", "Region id whose power price to use (see `infercost catalog`).");
    public static readonly ScenarioField PowerPrice = new("power-price", "powerPrice", "Electricity price in USD per kWh (default 0.07); overrides --region's price.");
    public static readonly ScenarioField Pue = new("pue", "pue", "Power usage effectiveness, 1.0 to 3.0 (default 1.12).");
    public static readonly ScenarioField Utilisation = new("utilisation", "utilisation", "Fraction of hours producing tokens, in (0, 1] (default 0.65).");
    public static readonly ScenarioField Capex = new("capex", "capex", "GPU purchase price in USD (default: the catalog price of --gpu).");
    public static readonly ScenarioField RackOverhead = new("rack-overhead", "rackOverhead", "System and rack gear per GPU in USD (default 8000).");
    public static readonly ScenarioField LifeYears = new("life-years", "lifeYears", "Depreciation period in years (default 3).");
    public static readonly ScenarioField OffloadTb = new("offload-tb", "offloadTb", "NVMe provisioned per GPU for KV-cache offload, TB (default 8).");
    public static readonly ScenarioField StoragePower = new("storage-power", "storagePower", "Drive power per GPU in watts (default 10).");
    public static readonly ScenarioField NetworkCapex = new("network-capex", "networkCapex", "Switches and optics per GPU in USD (default 3000).");
    public static readonly ScenarioField NicPower = new("nic-power", "nicPower", "NIC and switch-port power per GPU in watts (default 20).");
    public static readonly ScenarioField LabourShare = new("labour-share", "labourShare", "Labour and software as a share of infrastructure cost (default 0.18).");

    /// <summary>Every field, in help order.</summary>
    public static IReadOnlyList<ScenarioField> All { get; } =
        [Model, Gpu, Gpus, Tp, Weights, Kv, Batch, Input, Output, Region, PowerPrice, Pue, Utilisation, Capex, RackOverhead, LifeYears, OffloadTb, StoragePower, NetworkCapex, NicPower, LabourShare];
}
