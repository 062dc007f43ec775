namespace InferCost.Cli.Tests;

/// <summary>
/// The commands whose JSON output is pinned under Golden/: every analysis command and a broad spread of models,
/// accelerators, precisions, TP, batch max and the essay scenarios. A redesign must leave every figure where it was.
/// </summary>
internal static class GoldenCommands
{
    private static readonly string Examples = Path.Combine("examples", "essay-001-8.2");

    /// <summary>Name of the golden file and the arguments (paths relative to the repository root).</summary>
    public static TheoryData<string, string> All { get; } = Build();

    private static TheoryData<string, string> Build()
    {
        var data = new TheoryData<string, string>();
        void Add(string name, string args) => data.Add(name, args);

        Add("estimate-default", "estimate --format json");
        Add("estimate-default-explain", "estimate --format json --explain");
        Add("estimate-8b-h100-bf16", "estimate --model llama-3.1-8b --gpu h100-sxm --weights bf16 --batch 32 --input 2k --output 256 --format json");
        Add("estimate-405b-b200-tp8", "estimate --model llama-3.1-405b --gpu b200 --gpus 8 --tp 8 --input 32k --output 1k --format json");
        Add("estimate-deepseek-v3-h200-tp8-max", "estimate --model deepseek-v3 --gpu h200-sxm --gpus 8 --tp 8 --batch max --format json");
        Add("estimate-mixtral-mi300x-fp16-max", "estimate --model mixtral-8x7b --gpu mi300x --weights fp16 --batch max --format json");
        Add("estimate-qwen3-30b-b200-fp4", "estimate --model qwen3-30b-a3b --gpu b200 --weights fp4 --batch 128 --format json");
        Add("estimate-gpt-oss-120b-h100-tp2-dp2", "estimate --model gpt-oss-120b --gpu h100-sxm --gpus 4 --tp 2 --batch 48 --format json");
        Add("estimate-scout-gb200-tp4", "estimate --model llama-4-scout --gpu gb200 --gpus 4 --tp 4 --batch max --input 16k --format json");
        Add("estimate-llama2-7b-a100-fp16", "estimate --model llama-2-7b --gpu a100-sxm-80gb --weights fp16 --batch 16 --input 1k --output 1k --format json");
        Add("estimate-qwen3-8b-l40s", "estimate --model qwen3-8b --gpu l40s --weights fp8 --batch 8 --format json");
        Add("estimate-kimi-k2-b300-tp8", "estimate --model kimi-k2 --gpu b300 --gpus 8 --tp 8 --weights fp4 --batch 64 --format json");
        Add("estimate-mistral-gaudi3", "estimate --model mistral-7b --gpu gaudi3 --weights bf16 --batch 64 --format json");
        Add("estimate-qwen25-72b-mi355x-fp4", "estimate --model qwen2.5-72b --gpu mi355x --weights fp4 --kv fp8 --batch 96 --format json");
        Add("estimate-economics", "estimate --region germany --capex 40000 --rack-overhead 12000 --life-years 5 --utilisation 0.4 --pue 1.3 --labour-share 0.25 --offload-tb 16 --storage-power 25 --network-capex 5000 --nic-power 30 --format json");
        Add("estimate-power-price", "estimate --power-price 0.15 --format json");
        Add("estimate-tpu", "estimate --model llama-3.1-8b --gpu tpu-v6e --weights bf16 --batch 16 --format json");
        foreach (var file in new[] { "b1-fp16", "b8-fp16", "b64-fp8", "b128-fp4", "ctx128k-b16-fp8" })
        {
            Add("estimate-essay-" + file, $"estimate --scenario {Path.Combine(Examples, file + ".yaml")} --format json");
        }

        Add("sweep-batch-input", "sweep --batch 1,8,64,max --input 1k,32k,128k --format json");
        Add("sweep-gpus", "sweep --gpu h100-sxm,h200-sxm,b200,mi300x --weights fp8,fp16 --batch max --format json");
        Add("sweep-economics", "sweep --utilisation 0.3..0.9+0.2 --power-price 0.05,0.2 --model qwen3-32b --format json");
        Add("context-default", "context --format json");
        Add("context-deepseek-tp8", "context --model deepseek-v3 --gpus 8 --tp 8 --format json");
        Add("levers-default", "levers --format json");
        Add("levers-qwen3-32b-h100", "levers --model qwen3-32b --gpu h100-sxm --format json");
        Add("regions-default", "regions --format json");
        Add("regions-mi300x", "regions --gpu mi300x --model mixtral-8x22b --weights fp8 --batch 32 --format json");
        Add("compare-essay", "compare " + string.Join(' ', new[] { "b1-fp16", "b8-fp16", "b64-fp8", "b128-fp4", "ctx128k-b16-fp8" }.Select(f => Path.Combine(Examples, f + ".yaml"))) + " --format json");
        Add("roofline-default", "roofline --format json");
        Add("roofline-b200-batch1", "roofline --gpu b200 --batch 1 --input 2k --format json");
        Add("uncertainty-default", "uncertainty --capex 30000..35000 --pue 1.07..1.15 --utilisation 0.55..0.65..0.75 --power-price 0.04..0.12 --samples 2000 --format json");
        Add("validate-published", $"validate --cases {Path.Combine("data", "measured", "published.csv")} --format json");
        Add("validate-published-uncalibrated", $"validate --cases {Path.Combine("data", "measured", "published.csv")} --calibration none --format json");
        Add("catalog", "catalog --format json");
        Add("catalog-h200", "catalog h200-sxm --format json");
        Add("catalog-deepseek", "catalog deepseek-v3 --format json");
        return data;
    }
}
