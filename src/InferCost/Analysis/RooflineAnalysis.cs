using InferCost.Estimation;
using InferCost.Explain;
using InferCost.Scenarios;
using InferCost.Units;
using InferCost.Results;

namespace InferCost.Analysis;

/// <summary>
/// Essay 001 figure 1: the accelerator's roofline at each precision, with the scenario's decode and prefill on it.
/// The ridge is the catalog's dense peak / bandwidth (H200 SXM at FP8: 1,978.9 / 4.8 = 412 FLOP/byte), not the
/// essay's ~148 (see ERRATA.md).
/// </summary>
public static class RooflineAnalysis
{
    /// <summary>Estimates <paramref name="s"/> and places its decode and prefill on the roofline.</summary>
    public static Result<ScenarioRoofline> Of(Scenario s)
    {
        var e = CostEstimator.Estimate(s, Derivation.Off());
        if (!e.Succeeded)
        {
            return Result.Fail<ScenarioRoofline>(e.Errors);
        }

        var a = s.Accelerator;
        var ceilings = a.DenseCompute
            .OrderBy(kv => kv.Key)
            .Select(kv => RooflineCeiling.Of(kv.Key, kv.Value, a.Memory.Bandwidth))
            .ToList();
        var compute = ceilings.Single(c => c.Precision == e.Value.Model.ComputePrecision);
        var decode = Point(compute, e.Value.Decode.Flops, e.Value.Decode.Bytes, e.Value.Decode.StepTime);
        var prefill = Point(compute, e.Value.Prefill.Flops, e.Value.Prefill.Bytes, e.Value.Prefill.Time);
        return Result.Ok(new ScenarioRoofline(e.Value, ceilings, compute, decode, prefill, compute.RidgePoint / decode.Intensity));
    }

    private static RooflinePoint Point(RooflineCeiling ceiling, Flops flops, Bytes bytes, Seconds time)
    {
        var intensity = flops / bytes;
        var achieved = flops / time;
        var attainable = ceiling.AttainableAt(intensity);
        return new RooflinePoint(flops, bytes, time, intensity, achieved, attainable, achieved / ceiling.Peak, achieved / attainable, ceiling.BoundAt(intensity));
    }
}
