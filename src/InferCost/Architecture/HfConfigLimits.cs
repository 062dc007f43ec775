using System.Collections.Frozen;

namespace InferCost.Architecture;

/// <summary>
/// The largest value each config.json dimension may take. The bounds are far above any published model (a few times the
/// largest seen) and exist so that a typo or a hostile file (num_hidden_layers: 1000000000) is refused at parse with its
/// key named, instead of growing the per-layer arrays and every product of the model without bound.
/// </summary>
internal static class HfConfigLimits
{
    private const string Depth = "the deepest published models have about 130 layers";
    private const string Width = "the widest published models are about 16K wide";
    private const string Heads = "published models have at most a few hundred heads";
    private const string HeadWidth = "published heads are 64 to 256 values wide";
    private const string Experts = "published MoE models have at most a few hundred experts";
    private const string Context = "published contexts reach about 10M tokens";
    private const string Vocabulary = "published vocabularies are at most about 260K tokens";

    private static readonly FrozenDictionary<string, (int Max, string Why)> Limits = new Dictionary<string, (int, string)>
    {
        ["num_hidden_layers"] = (1_000, Depth),
        ["hidden_size"] = (262_144, Width),
        ["intermediate_size"] = (1_048_576, Width),
        ["intermediate_size_mlp"] = (1_048_576, Width),
        ["moe_intermediate_size"] = (1_048_576, Width),
        ["shared_expert_intermediate_size"] = (1_048_576, Width),
        ["num_attention_heads"] = (1_024, Heads),
        ["num_key_value_heads"] = (1_024, Heads),
        ["head_dim"] = (4_096, HeadWidth),
        ["kv_lora_rank"] = (65_536, HeadWidth),
        ["q_lora_rank"] = (65_536, HeadWidth),
        ["qk_nope_head_dim"] = (4_096, HeadWidth),
        ["qk_rope_head_dim"] = (4_096, HeadWidth),
        ["v_head_dim"] = (4_096, HeadWidth),
        ["vocab_size"] = (10_000_000, Vocabulary),
        ["max_position_embeddings"] = (100_000_000, Context),
        ["sliding_window"] = (100_000_000, Context),
        ["attention_chunk_size"] = (100_000_000, Context),
        ["num_local_experts"] = (4_096, Experts),
        ["n_routed_experts"] = (4_096, Experts),
        ["num_experts"] = (4_096, Experts),
        ["num_experts_per_tok"] = (4_096, Experts),
        ["experts_per_token"] = (4_096, Experts),
        ["n_shared_experts"] = (4_096, Experts),
        ["first_k_dense_replace"] = (1_000, Depth),
        ["moe_layer_freq"] = (1_000, Depth),
        ["interleave_moe_layer_step"] = (1_000, Depth),
        ["decoder_sparse_step"] = (1_000, Depth),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The bound on <paramref name="field"/> and why, or null for a field without one (it is not a dimension).</summary>
    public static (int Max, string Why)? For(string field) => Limits.TryGetValue(field, out var limit) ? limit : null;
}
