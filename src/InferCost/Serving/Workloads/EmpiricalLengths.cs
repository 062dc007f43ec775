using System.Collections.Immutable;

namespace InferCost.Serving.Workloads;

/// <summary>A real trace's (input, output) pairs drawn whole, so a long prompt keeps the answer it came with.</summary>
internal sealed class EmpiricalLengths(RequestTrace trace) : LengthDistribution
{
    private readonly ImmutableArray<TraceRequest> _requests = trace.Requests;

    /// <inheritdoc />
    public override LengthSample Sample(Random rng)
    {
        var r = _requests[rng.Next(_requests.Length)];
        return new LengthSample(r.InputTokens, r.OutputTokens);
    }
}
