using InferCost.Architecture;
using InferCost.Catalog;
using InferCost.Deployment;
using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Performance;

/// <summary>Constants of one scenario that every part of the model reads: sizes per value, peak rates, sharding.</summary>
public sealed class ScenarioContext
{
    /// <summary>Bytes of one activation value: activations stay in BF16 whatever the weight precision.</summary>
    public const double ActivationBytesPerValue = 2.0;

    /// <summary>Derives the constants of a scenario.</summary>
    public ScenarioContext(Scenario scenario)
    {
        Scenario = scenario;
        Profile = scenario.Model.Profile;
        Accelerator = scenario.Accelerator;
        var layout = scenario.Layout;
        Layout = layout;
        WeightShards = layout.WeightShards;
        AttentionHeadShards = layout.AttentionHeadShards;
        GpusPerReplica = layout.GpusPerReplica;
        CollectiveGroup = layout.CollectiveGroup;
        Fp4Format = PrecisionFacts.Fp4FormatFor(Accelerator.Vendor);
        WeightBytesPerValue = PrecisionFacts.BytesPerValue(scenario.Weights, Fp4Format);
        KvBytesPerValue = PrecisionFacts.BytesPerValue(scenario.Kv, Fp4Format);
        ComputePrecision = Accelerator.ComputePrecisionFor(scenario.Weights);
        DatasheetPeakCompute = Accelerator.DenseCompute[ComputePrecision];
        EnergyPerFlop = Accelerator.Energy.PerFlop(ComputePrecision);
        PeakCompute = SustainedAt(ComputePrecision);
        PeakBandwidth = Accelerator.Memory.Bandwidth;
        var attention = Profile.Architecture.Attention;

        // MLA's latent is shared by all heads, so every TP rank keeps all of it; GQA shards KV heads,
        // replicating them when the KV shards outnumber the KV heads.
        PipelineStages = layout.PipelineParallel;
        StageLayers = (int)Math.Ceiling((double)Profile.Architecture.LayerCount / PipelineStages);
        LayerShare = (double)StageLayers / Profile.Architecture.LayerCount;
        AttentionGroups = layout.AttentionGroups;
        ExpertShards = layout.ExpertShards;
        ExpertSkew = layout.ExpertSkew;
        var moe = Profile.Architecture.Layers.FirstOrDefault(l => l.FeedForward.IsMixtureOfExperts)?.FeedForward;
        ExpertCopiesPerExpert = moe is null ? 1.0 : (double)(moe.RoutedExperts + layout.RedundantExperts) / moe.RoutedExperts;
        ExpertsPerToken = moe?.ExpertsPerToken ?? 0;
        KvShardFraction = attention.Kind == AttentionKind.MultiHeadLatent
            ? 1.0
            : Math.Ceiling((double)attention.NumKvHeads / layout.KvShards) / attention.NumKvHeads;
        AverageDecodeContext = DecodeStepModel.MeanContext(scenario.InputTokens, scenario.OutputTokens);

        // Per-token and per-position coefficients, multiplied out once per scenario rather than once per point of a sweep.
        var arch = Profile.Architecture;
        // A pipeline stage holds LayerShare of the layers: its KV, activations, layer weights and FLOPs are that share.
        KvBytesPerKeptPosition = Profile.CachedValuesPerTokenPerLayer * KvBytesPerValue * KvShardFraction * LayerShare;
        ActivationBytesPerToken = arch.LayerCount * scenario.Serving.ActivationValuesPerTokenPerLayer * arch.HiddenSize * ActivationBytesPerValue * LayerShare;
        ExpertFlopsPerToken = 2 * Profile.Parameters.ActiveRoutedExperts * LayerShare * ExpertSkew / ExpertShards;
        DenseFlopsPerGroupToken = 2 * (Profile.Parameters.ActiveMatmul - Profile.Parameters.ActiveRoutedExperts - Profile.HeadParameters) * LayerShare / WeightShards;
        LinearFlopsPerToken = DenseFlopsPerGroupToken + (2 * Profile.HeadParameters / WeightShards) + ExpertFlopsPerToken;
        DecodeAttentionFlopsPerPosition = Profile.AttentionFlopsPerPair(decode: true) * LayerShare / AttentionHeadShards;
        PrefillAttentionFlopsPerPair = Profile.AttentionFlopsPerPair(decode: false) * LayerShare / AttentionHeadShards;
        KernelsPerPass = (int)Math.Ceiling(PassKernels.OfPass(arch, CollectiveGroup > 1, BlockScaledGemms) * LayerShare);
        PassOverhead = StackOverhead.Pass(scenario.Stack.Factors, KernelsPerPass);
        RequestOverhead = StackOverhead.PerRequest(scenario.Stack.Factors, Accelerator.Host.RelativeSpeed);
        AchievableBandwidth = PeakBandwidth * Accelerator.Efficiency.BandwidthFraction;
        AchievableCompute = PeakCompute * Accelerator.Efficiency.ComputeFraction;
        OperatorPrecisions(scenario);

        // The sweep kernel reads these once per point: made once per scenario.
        Power = new KernelPower(
            Accelerator.Memory.AccessEnergy + Accelerator.Energy.OnChipPerByte + (scenario.Serving.SramBytesPerHbmByte * Accelerator.Energy.SramPerByte),
            EnergyPerFlop,
            Accelerator.Energy.PerFlop(Accelerator.ComputePrecisionFor(AttentionPrecision)),
            Accelerator.Energy.PerFlop(Accelerator.ComputePrecisionFor(HeadPrecision)),
            Accelerator.Power.Tdp - Accelerator.Power.Idle);
        // A disaggregated deployment's KV link, resolved once (ScenarioValidator reports one that cannot be resolved).
        KvLink = scenario.Disaggregation is { } spec && KvLinkPath.Resolve(scenario, spec) is { Succeeded: true } link ? link.Value : null;
        Drafting = scenario.Speculation is { } speculation ? new DraftingContext(new ScenarioContext(DraftingContext.DrafterScenario(scenario, speculation)), speculation) : null;
        WeightFormatFraction = BlockFp8KernelApplies ? scenario.Stack.Factors.BlockFp8Efficiency : 1.0;
        Rates = new KernelRates(
            AchievableBandwidth, AchievableCompute, AchievableAttentionCompute, AchievableHeadCompute, scenario.Stack.Factors.ExpertEfficiency, WeightFormatFraction, Power);
    }

    /// <summary>The link a disaggregated deployment moves each request's KV over; null when the scenario is aggregated.</summary>
    public KvLinkPath? KvLink { get; }

    /// <summary>The speculative drafter and its settings; null without speculative decoding.</summary>
    public DraftingContext? Drafting { get; }

    /// <summary>Query tokens each decoding request puts through a pass: 1, or k + 1 when verifying k drafts.</summary>
    public double QueriesPerDecode => Drafting?.QueriesPerRequest ?? 1;

    /// <summary>The FP4 format this accelerator runs (NVFP4 on NVIDIA, MXFP4 elsewhere).</summary>
    public Fp4Format Fp4Format { get; }

    /// <summary>Precision of the input embedding and LM head: the stack's LM head precision in FP8 and FP4 checkpoints, else the weights'.</summary>
    public Precision HeadPrecision { get; private set; }

    /// <summary>Bytes per value of the input embedding and LM head.</summary>
    public double HeadBytesPerValue { get; private set; }

    /// <summary>LM head FLOPs per token of an attention group per GPU: 2 x V x d / weight shards (vocabulary-parallel).</summary>
    public double HeadFlopsPerToken { get; private set; }

    /// <summary>The precision attention's products run at: the KV precision (FP4 KV dequantised to FP8).</summary>
    public Precision AttentionPrecision { get; private set; }

    /// <summary>Power-capped dense FLOP/s at the precision the tensor cores run attention.</summary>
    public FlopsPerSecond AttentionPeakCompute { get; private set; }

    /// <summary>Power-capped dense FLOP/s at the precision the tensor cores run the LM head.</summary>
    public FlopsPerSecond HeadPeakCompute { get; private set; }

    /// <summary>Achievable attention FLOP/s: its peak x the compute fraction.</summary>
    public FlopsPerSecond AchievableAttentionCompute => AttentionPeakCompute * Accelerator.Efficiency.ComputeFraction;

    /// <summary>Achievable LM head FLOP/s: its peak x the compute fraction.</summary>
    public FlopsPerSecond AchievableHeadCompute => HeadPeakCompute * Accelerator.Efficiency.ComputeFraction;

    /// <summary>Smallest rows one matrix instruction computes (1 = no quantisation when the catalog gives none).</summary>
    public int MinTileM => Accelerator.MatrixUnit?.MinTileM ?? 1;

    /// <summary>Permute and unpermute bytes per token per GPU over the stage's MoE layers: 2(k + 1) x d x 2 B per MoE layer x layer share.</summary>
    public double PermuteBytesPerToken => Profile.PermuteValuesPerToken * ActivationBytesPerValue * LayerShare;

    /// <summary>The rates the per-operator roofline runs at.</summary>
    public KernelRates Rates { get; }

    /// <summary>The energies and headroom that floor each kernel's time (<see cref="KernelPower"/>): the same the power model costs.</summary>
    public KernelPower Power { get; }

    /// <summary>Whether the weight GEMMs run block-scaled FP8 kernels: a block-scaled FP8 checkpoint (DeepSeek-V3's) served at FP8.</summary>
    public bool BlockScaledGemms => Scenario.Weights == Precision.Fp8 && Profile.Architecture.BlockScaledFp8;

    /// <summary>
    /// Whether the stack's block-FP8 kernel efficiency acts: block-scaled GEMMs on a matrix unit without block-scaled
    /// instructions (Hopper, CDNA 3); Blackwell and CDNA 4 apply the scales in the instruction.
    /// </summary>
    public bool BlockFp8KernelApplies => BlockScaledGemms && Accelerator.MatrixUnit is not { BlockScaledMma: true };

    /// <summary>The weight GEMMs' rates relative to per-tensor kernels: the stack's block-FP8 efficiency where <see cref="BlockFp8KernelApplies"/>, else 1.</summary>
    public double WeightFormatFraction { get; }

    // Every operator's tensor rate is what the board sustains at its precision under the power cap.
    private FlopsPerSecond SustainedAt(Precision p) =>
        SustainedCompute.Of(Accelerator.DenseCompute[p], Accelerator.Power.Tdp, Accelerator.Power.Idle, Accelerator.Energy.PerFlop(p));

    // Precision per operator: attention at the KV precision, the embedding and LM head at BF16 in quantised checkpoints.
    private void OperatorPrecisions(Scenario scenario)
    {
        HeadPrecision = PrecisionFacts.HeadPrecision(scenario.Weights, scenario.Stack.LmHeadPrecision);
        HeadBytesPerValue = PrecisionFacts.BytesPerValue(HeadPrecision, Fp4Format);
        HeadFlopsPerToken = 2 * Profile.HeadParameters / WeightShards;
        AttentionPrecision = PrecisionFacts.AttentionPrecision(scenario.Kv);
        AttentionPeakCompute = SustainedAt(Accelerator.ComputePrecisionFor(AttentionPrecision));
        HeadPeakCompute = SustainedAt(Accelerator.ComputePrecisionFor(HeadPrecision));
    }

    /// <summary>KV bytes per GPU for one kept context position of one request, all layers' values: values/token/layer x bytes_kv x shard.</summary>
    public double KvBytesPerKeptPosition { get; }

    /// <summary>
    /// Positions a decode token attends to over all layers at context <paramref name="context"/>: chunked layers see their
    /// chunk, or the whole context on a stack that applies the chunk mask to prompts only (its <c>attention.chunkedDecode</c>).
    /// </summary>
    public double DecodeAttendedPositions(double context) =>
        Profile.DecodeAttendedPositions(context, Scenario.Stack.ChunkedDecode == ChunkedDecodeAttention.FullContext);

    /// <summary>Activation bytes read and written per token in a forward pass: L x a x d x 2 B.</summary>
    public double ActivationBytesPerToken { get; }

    /// <summary>
    /// Linear-layer FLOPs per token per GPU without attention data parallelism: the dense part and LM head
    /// (2 x N / TP) plus the routed experts' (<see cref="ExpertFlopsPerToken"/>).
    /// </summary>
    public double LinearFlopsPerToken { get; }

    /// <summary>Routed-expert GEMM FLOPs per token of the stage's pass, on the busiest GPU: 2 x N_routed,active x layer share x skew / expert shards.</summary>
    public double ExpertFlopsPerToken { get; }

    /// <summary>Decode attention FLOPs per kept context position per GPU: flops/pair (decode form) / attention-head shards.</summary>
    public double DecodeAttentionFlopsPerPosition { get; }

    /// <summary>Prefill attention FLOPs per causal (query, key) pair per GPU: flops/pair (prefill form) / attention-head shards.</summary>
    public double PrefillAttentionFlopsPerPair { get; }

    /// <summary>Kernels one forward pass launches, counted from the layers' shapes (<see cref="PassKernels"/>).</summary>
    public int KernelsPerPass { get; }

    /// <summary>The stack's software time per forward pass: t_fixed + n_kernels x t_kernel.</summary>
    public Seconds PassOverhead { get; }

    /// <summary>The stack's host time per request per step on this accelerator's host: t_request,ref / s_host.</summary>
    public Seconds RequestOverhead { get; }

    /// <summary>Achievable bandwidth: peak x the accelerator's bandwidth fraction.</summary>
    public BytesPerSecond AchievableBandwidth { get; }

    /// <summary>Achievable FLOP/s at the compute precision: peak x the accelerator's compute fraction.</summary>
    public FlopsPerSecond AchievableCompute { get; }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The model's precomputed sums.</summary>
    public ModelProfile Profile { get; }

    /// <summary>The accelerator.</summary>
    public Accelerator Accelerator { get; }

    /// <summary>Whether the layout is tensor parallelism alone (no stages, no expert parallelism, no redundant experts): the derivation then shows the plain TP formulas.</summary>
    public bool IsPlainTensorParallel => PipelineStages == 1 && ExpertShards == WeightShards && ExpertCopiesPerExpert == 1.0;

    /// <summary>
    /// How the derivation names the GPUs of one replica: "TP" where tensor parallelism is the whole layout, else "GPUs per
    /// replica" (TP x attention groups x PP), so that a formula never calls a pipeline's GPU count its TP.
    /// </summary>
    public string ReplicaGpusSymbol => IsPlainTensorParallel ? "TP" : "GPUs per replica";

    /// <summary>Pipeline stages per replica.</summary>
    public int PipelineStages { get; }

    /// <summary>Layers of the slowest pipeline stage: ceil(L / PP) (all of them without pipelining).</summary>
    public int StageLayers { get; }

    /// <summary>Share of the layers the slowest stage holds: ceil(L / PP) / L (1 without pipelining).</summary>
    public double LayerShare { get; }

    /// <summary>Attention groups per stage (attention data parallelism: each with B / groups of the replica's requests).</summary>
    public int AttentionGroups { get; }

    /// <summary>
    /// Attention groups that hold the <paramref name="requests"/> (each request lives in one): all of them once there
    /// are as many requests, else one per request, so that the busiest group holds requests / groups of them.
    /// </summary>
    public double GroupsBusy(double requests) => Math.Clamp(requests, 1, AttentionGroups);

    /// <summary>Ways the routed experts are split over a stage's GPUs (its GPU count).</summary>
    public int ExpertShards { get; }

    /// <summary>Tokens the busiest expert-parallel GPU receives over the mean (1 without expert parallelism).</summary>
    public double ExpertSkew { get; }

    /// <summary>Routed experts each token activates in an MoE layer (0 for a dense model).</summary>
    public int ExpertsPerToken { get; }

    /// <summary>Expert copies held per routed expert: (E + redundant) / E (1 for a dense model or without redundant experts).</summary>
    public double ExpertCopiesPerExpert { get; }

    /// <summary>
    /// Dense linear FLOPs per token per GPU of an attention group, the LM head and routed experts excluded:
    /// 2 x (N_matmul - N_routed,active - N_lm_head) x layer share / TP.
    /// </summary>
    public double DenseFlopsPerGroupToken { get; }

    /// <summary>How the model is spread over the GPUs (the figures below are its answers, read once).</summary>
    public ParallelLayout Layout { get; }

    /// <summary>Ways the weights, their matrix products and the FFN activations are split within a replica (TP today).</summary>
    public int WeightShards { get; }

    /// <summary>Ways the attention heads and their FLOPs are split within a replica (TP today).</summary>
    public int AttentionHeadShards { get; }

    /// <summary>GPUs in one replica: what one replica's hour costs and draws (TP today).</summary>
    public int GpusPerReplica { get; }

    /// <summary>GPUs in each all-reduce of a forward pass (TP today).</summary>
    public int CollectiveGroup { get; }

    /// <summary>Bytes per weight value.</summary>
    public double WeightBytesPerValue { get; }

    /// <summary>Bytes per cached KV value.</summary>
    public double KvBytesPerValue { get; }

    /// <summary>The precision the tensor cores run.</summary>
    public Precision ComputePrecision { get; }

    /// <summary>Dense FLOP/s the board sustains at the compute precision under its TDP: min(datasheet peak, (TDP - P_idle) / e_flop).</summary>
    public FlopsPerSecond PeakCompute { get; }

    /// <summary>The datasheet's dense peak FLOP/s at the compute precision.</summary>
    public FlopsPerSecond DatasheetPeakCompute { get; }

    /// <summary>Energy of one dense tensor FLOP at the compute precision.</summary>
    public JoulesPerFlop EnergyPerFlop { get; }

    /// <summary>Peak memory bandwidth.</summary>
    public BytesPerSecond PeakBandwidth { get; }

    /// <summary>Share of a request's KV cache each GPU of the TP group holds.</summary>
    public double KvShardFraction { get; }

    /// <summary>Mean context a request's decode steps attend: input + output / 2 (<see cref="DecodeStepModel.MeanContext"/>).</summary>
    public double AverageDecodeContext { get; }
}
