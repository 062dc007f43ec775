using CsCheck;
using InferCost.Deployment;
using InferCost.Performance;
using InferCost.Sweeps;
using InferCost.Tests.Support;

namespace InferCost.Tests.Performance;

/// <summary>More bandwidth, on HBM or on the scale-up link, never makes a forward pass slower.</summary>
public class BandwidthMonotonicityTests
{
    [Fact]
    public void StepTimeAndFirstToken_HigherHbmOrLinkBandwidth_NeverSlower()
    {
        Gen.Select(ScenarioGenerators.Any, Gen.Double[1.0, 4.0], Gen.Double[1.0, 4.0]).Sample((s, hbm, link) =>
        {
            var a = s.Accelerator;
            var faster = a with
            {
                Memory = a.Memory with { Bandwidth = a.Memory.Bandwidth * hbm },
                Interconnect = a.Interconnect with { ScaleUpBandwidth = a.Interconnect.ScaleUpBandwidth * link },
            };
            var slow = PointEstimator.Evaluate(new PointInputs(new ScenarioContext(s)));
            var fast = PointEstimator.Evaluate(new PointInputs(new ScenarioContext(s with { Deployment = new AcceleratorDeployment(faster, s.Layout) })));
            if (!slow.IsFeasible)
            {
                return;
            }

            fast.StepTime.ShouldBeLessThanOrEqualTo(slow.StepTime);
            fast.TimeToFirstToken.ShouldBeLessThanOrEqualTo(slow.TimeToFirstToken);
        }, iter: 500);
    }
}
