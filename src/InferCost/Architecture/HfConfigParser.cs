using System.Collections.Immutable;
using System.Text.Json;
using InferCost.Results;

namespace InferCost.Architecture;

/// <summary>
/// Reads a Hugging Face <c>config.json</c> into a <see cref="ModelArchitecture"/>: dense and MoE
/// (Mixtral, Qwen3-MoE, DeepSeek-V3, Llama 4, gpt-oss), GQA/MHA and MLA, sliding-window and chunked
/// attention. Multimodal wrappers are read through their <c>text_config</c>.
/// </summary>
public static class HfConfigParser
{
    /// <summary>Parses config JSON text; <paramref name="source"/> names the file in error messages.</summary>
    public static Result<ModelArchitecture> Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}" : "";
            return Result.Fail<ModelArchitecture>(source, "", $"is not valid JSON{where}: {FirstSentence(e.Message)}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Result.Fail<ModelArchitecture>(source, "", "must be a JSON object (a Hugging Face config.json).");
            }

            if (root.TryGetProperty("text_config", out var text) && text.ValueKind == JsonValueKind.Object)
            {
                root = text;
                source += " (text_config)";
            }

            return Read(new HfConfigReader(root, source));
        }
    }

    private static Result<ModelArchitecture> Read(HfConfigReader r)
    {
        var modelType = r.String("model_type") ?? "unknown";
        var d = r.RequiredInt("hidden_size");
        var layers = r.RequiredInt("num_hidden_layers");
        var heads = r.RequiredInt("num_attention_heads");
        var vocab = r.RequiredInt("vocab_size");
        var kvHeads = r.OptionalInt("num_key_value_heads", 1) ?? heads;
        var headDim = r.OptionalInt("head_dim", 1) ?? (d / Math.Max(heads, 1));
        if (heads % kvHeads != 0)
        {
            r.Fail("num_key_value_heads", $"must divide num_attention_heads ({heads}), found {kvHeads}.");
        }

        var attention = ReadAttention(r, heads, kvHeads, headDim, modelType);
        var ffnLayers = ReadFeedForward(r, layers, modelType);
        var (windows, chunked) = ReadWindows(r, layers, modelType);
        var tied = r.Bool("tie_word_embeddings", modelType.StartsWith("gemma", StringComparison.Ordinal));
        var maxContext = r.OptionalInt("max_position_embeddings", 1) ?? 0;
        var blockScaled = ReadBlockScaledFp8(r);
        var nextToken = r.OptionalInt("num_nextn_predict_layers") ?? 0;
        if (r.Errors.Count > 0)
        {
            return Result.Fail<ModelArchitecture>(r.Errors);
        }

        var shapes = ffnLayers.Select((f, i) => new LayerShape(f, windows[i], chunked && windows[i] is not null)).ToImmutableArray();
        return Result.Ok<ModelArchitecture>(new ModelArchitecture(
            modelType, d, vocab, tied, GatedFeedForward: true, attention, shapes, maxContext, blockScaled) { NextTokenLayers = nextToken });
    }

    // An FP8 checkpoint with quantization_config.weight_block_size (DeepSeek-V3/R1, Kimi K2: [128, 128]) is block-scaled;
    // one without it (ModelOpt, compressed-tensors) is per-tensor or per-channel.
    private static bool ReadBlockScaledFp8(HfConfigReader r)
    {
        if (r.Section("quantization_config") is not { } q)
        {
            return false;
        }

        var block = q.IntArray("weight_block_size");
        if (block is not null && (block.Count != 2 || block.Any(b => b < 1)))
        {
            q.Fail("weight_block_size", $"must be two whole numbers >= 1 (rows and columns of a scaling block), found [{string.Join(", ", block)}].");
        }

        r.Absorb(q);
        return block is { Count: 2 } && string.Equals(q.String("quant_method"), "fp8", StringComparison.OrdinalIgnoreCase);
    }

    private static AttentionShape ReadAttention(HfConfigReader r, int heads, int kvHeads, int headDim, string modelType)
    {
        var bias = r.Bool("attention_bias", modelType == "qwen2");
        if (!r.Has("kv_lora_rank"))
        {
            return new AttentionShape(AttentionKind.GroupedQuery, heads, kvHeads, headDim, bias);
        }

        return new AttentionShape(
            AttentionKind.MultiHeadLatent,
            heads,
            heads,
            headDim,
            bias,
            QLoraRank: r.OptionalInt("q_lora_rank") ?? 0,
            KvLoraRank: r.RequiredInt("kv_lora_rank"),
            QkNopeHeadDim: r.RequiredInt("qk_nope_head_dim"),
            QkRopeHeadDim: r.RequiredInt("qk_rope_head_dim"),
            VHeadDim: r.RequiredInt("v_head_dim"));
    }

    private static FeedForwardShape[] ReadFeedForward(HfConfigReader r, int layers, string modelType)
    {
        var intermediate = r.OptionalInt("intermediate_size", 1);
        var experts = r.OptionalInt("num_local_experts") ?? r.OptionalInt("n_routed_experts") ?? r.OptionalInt("num_experts") ?? 0;
        var isLlama4 = modelType.StartsWith("llama4", StringComparison.Ordinal);
        var denseIntermediate = isLlama4 ? r.OptionalInt("intermediate_size_mlp", 1) ?? intermediate : intermediate;
        var result = new FeedForwardShape[layers];
        if (experts == 0)
        {
            if (intermediate is null)
            {
                r.Fail("intermediate_size", "is required for a dense model: a whole number >= 1.");
            }

            Array.Fill(result, FeedForwardShape.Dense(intermediate ?? 1));
            return result;
        }

        var perToken = r.OptionalInt("num_experts_per_tok", 1) ?? r.OptionalInt("experts_per_token", 1) ?? 0;
        if (perToken == 0 || perToken > experts)
        {
            r.Fail("num_experts_per_tok", $"must be between 1 and the number of experts ({experts}), found {perToken}.");
        }

        var expertIntermediate = r.OptionalInt("moe_intermediate_size", 1) ?? intermediate ?? 0;
        var sharedIntermediate = r.OptionalInt("shared_expert_intermediate_size") ?? 0;
        var shared = r.OptionalInt("n_shared_experts")
            ?? (sharedIntermediate > 0 ? 1 : 0)
            + (isLlama4 ? 1 : 0);
        if (sharedIntermediate == 0)
        {
            sharedIntermediate = expertIntermediate;
        }

        var moe = new FeedForwardShape(
            DenseIntermediate: 0,
            RoutedExperts: experts,
            ExpertsPerToken: perToken,
            ExpertIntermediate: expertIntermediate,
            SharedExperts: shared,
            SharedIntermediate: sharedIntermediate,
            ExpertsHaveBias: modelType == "gpt_oss");
        var dense = FeedForwardShape.Dense(denseIntermediate ?? 1);
        var isMoe = MoeLayerRule(r);
        for (var i = 0; i < layers; i++)
        {
            result[i] = isMoe(i) ? moe : dense;
        }

        if (result.Any(f => !f.IsMixtureOfExperts) && denseIntermediate is null)
        {
            r.Fail("intermediate_size", "is required for the dense layers of this MoE model.");
        }

        return result;
    }

    // Which layers are MoE, in each family's own terms.
    private static Func<int, bool> MoeLayerRule(HfConfigReader r)
    {
        if (r.Has("first_k_dense_replace"))
        {
            var firstDense = r.OptionalInt("first_k_dense_replace") ?? 0;
            var freq = r.OptionalInt("moe_layer_freq", 1) ?? 1;
            return i => i >= firstDense && i % freq == 0;
        }

        if (r.Has("interleave_moe_layer_step"))
        {
            var step = r.OptionalInt("interleave_moe_layer_step", 1) ?? 1;
            return i => (i + 1) % step == 0;
        }

        if (r.Has("decoder_sparse_step") || r.Has("mlp_only_layers"))
        {
            var step = r.OptionalInt("decoder_sparse_step", 1) ?? 1;
            var mlpOnly = r.IntArray("mlp_only_layers") ?? [];
            return i => !mlpOnly.Contains(i) && (i + 1) % step == 0;
        }

        return _ => true;
    }

    // Tokens each layer keeps in its KV cache (null = all of them), and whether the windows are attention chunks (Llama 4)
    // rather than sliding windows.
    private static (int?[] Windows, bool Chunked) ReadWindows(HfConfigReader r, int layers, string modelType)
    {
        var windows = new int?[layers];
        var window = r.OptionalInt("sliding_window", 1);
        var types = r.StringArray("layer_types");
        if (types is not null)
        {
            if (types.Count != layers)
            {
                r.Fail("layer_types", $"must have one entry per layer ({layers}), found {types.Count}.");
                return (windows, false);
            }

            for (var i = 0; i < layers; i++)
            {
                switch (types[i])
                {
                    case "full_attention":
                        break;
                    case "sliding_attention" when window is not null:
                        windows[i] = window;
                        break;
                    case "sliding_attention":
                        r.Fail("sliding_window", "is required when layer_types has sliding_attention layers.");
                        return (windows, false);
                    default:
                        r.Fail("layer_types", $"layer {i} is \"{types[i]}\"; supported: full_attention, sliding_attention.");
                        return (windows, false);
                }
            }

            return (windows, false);
        }

        // Llama 4: three of every four layers use chunked attention (RoPE layers), every fourth is global (NoPE).
        if (modelType.StartsWith("llama4", StringComparison.Ordinal) && r.OptionalInt("attention_chunk_size", 1) is { } chunk)
        {
            for (var i = 0; i < layers; i++)
            {
                windows[i] = (i + 1) % 4 == 0 ? null : chunk;
            }

            return (windows, true);
        }

        if (window is not null && r.Bool("use_sliding_window", true))
        {
            Array.Fill(windows, window);
        }

        return (windows, false);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }
}
