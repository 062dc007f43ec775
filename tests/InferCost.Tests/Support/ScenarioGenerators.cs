using CsCheck;
using InferCost.Architecture;
using InferCost.Deployment;
using InferCost.Scenarios;
using InferCost.Units;

namespace InferCost.Tests.Support;

/// <summary>Random valid scenarios over the whole catalog, for property tests.</summary>
public static class ScenarioGenerators
{
    private static readonly string[] Models = [.. TestCatalog.Instance.Models.Keys];
    private static readonly string[] Gpus = [.. TestCatalog.Instance.Accelerators.Keys];
    private static readonly string[] Stacks = [.. TestCatalog.Instance.Stacks.Keys];
    private static readonly string[] ScaleOutFabrics = [.. TestCatalog.Instance.Fabrics.Values.Where(f => f.Scale == InferCost.Catalog.FabricScale.Out).Select(f => f.Id)];

    /// <summary>Any model, accelerator, TP, precisions, batch, lengths, utilisation, PUE and power price.</summary>
    public static readonly Gen<Scenario> Any =
        Gen.Select(
            Gen.OneOf(Models),
            Gen.OneOf(Gpus),
            Gen.OneOf(1, 2, 4, 8),
            Gen.Enum<Precision>(),
            Gen.Enum<Precision>(),
            Gen.Int[1, 256],
            Gen.Int[1, 32_768],
            Gen.Int[1, 4_096],
            Gen.Double[0.05, 1.0],
            Gen.Double[1.0, 2.0],
            Gen.Double[0.0, 0.5],
            (model, gpu, tp, weights, kv, batch, input, output, utilisation, pue, price) =>
            {
                var accelerator = TestCatalog.Instance.Accelerators[gpu];
                tp = Math.Min(tp, accelerator.Interconnect.ScaleUpDomain);

                // FP4 KV only where the accelerator supports it; elsewhere the scenario would not be valid.
                kv = DeploymentRules.SupportsKv(accelerator, kv) ? kv : Precision.Fp8;
                var s = TestScenarios.Of(model, gpu, tp, 0, weights, kv, BatchSize.Of(batch), input, output);
                return s with
                {
                    Facility = s.Facility with { Pue = pue, PowerPrice = new DollarsPerKilowattHour(price) },
                    Finance = s.Finance with { Utilisation = utilisation },
                };
            });

    /// <summary>As <see cref="Any"/>, with 'max' batch one time in four, a data-parallel replica count of 1 to 4, any serving stack and any scale-out fabric.</summary>
    public static readonly Gen<Scenario> AnyWithMaxAndReplicas =
        Gen.Select(Any, Gen.Int[0, 3], Gen.Int[1, 4], Gen.OneOf(Stacks), Gen.OneOf(ScaleOutFabrics), (s, max, replicas, stack, fabric) =>
            (max == 0 ? s with { Batch = BatchSize.Max } : s).OnStack(TestCatalog.Instance.Stacks[stack]).WithLayout(new ParallelLayout(s.TensorParallel, replicas))
                .OnFabric(TestCatalog.Instance.Fabrics[fabric]));

    /// <summary>
    /// Any scenario with any layout: pipeline stages (dividing the layers or not), expert parallelism over a stage,
    /// attention groups, expert skew and redundant experts (invalid combinations included: the engine must refuse them
    /// the same way everywhere).
    /// </summary>
    public static readonly Gen<Scenario> AnyLayout =
        Gen.Select(AnyWithMaxAndReplicas, Gen.OneOf(1, 2, 3, 4, 8), Gen.OneOf(1, 2, 4, 8, 16), Gen.OneOf(0, 1, 2, 4), Gen.Double[1.0, 2.0], Gen.OneOf(0, 8, 32), (s, pp, ep, groups, skew, redundant) =>
            s.WithLayout(new ParallelLayout(s.TensorParallel, s.Replicas, pp, ep, groups) { ExpertSkew = ep > 1 ? skew : 1.0, RedundantExperts = ep > 1 ? redundant : 0 }));

    /// <summary>
    /// Any layout served disaggregated: x prefill and y decode instances of it (1 to 4 each) over any KV link, rented one
    /// time in four (invalid combinations included, e.g. scale-up beyond the domain or one output token).
    /// </summary>
    public static readonly Gen<Scenario> AnyDisaggregated =
        Gen.Select(AnyLayout, Gen.Int[1, 4], Gen.Int[1, 4], Gen.Int[0, 2], Gen.Int[0, 3], (s, x, y, link, rent) =>
        {
            var kvLink = link switch
            {
                0 => KvLink.ScaleOut,
                1 => KvLink.ScaleUp,
                _ => new KvLink(KvLinkKind.Explicit, BytesPerSecond.FromGigabytesPerSecond(25)),
            };
            var layout = s.Layout.WithReplicas(x + y);
            var disaggregated = s.WithLayout(layout) with { Disaggregation = new InferCost.Deployment.Disaggregation(x, y, kvLink) };
            return rent == 0 ? disaggregated with { Finance = disaggregated.Finance with { RentedGpuHourPrice = new DollarsPerHour(2.5) } } : disaggregated;
        });
}
