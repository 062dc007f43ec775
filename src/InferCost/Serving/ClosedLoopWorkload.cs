namespace InferCost.Serving;

/// <summary>
/// A fixed number of users, each sending its next request the moment its last one finishes (how InferenceX, genai-perf
/// and trtllm-bench measure at a concurrency). The users stop sending after <paramref name="Requests"/> requests or once
/// <paramref name="Duration"/> seconds have passed, whichever comes first; the requests sent all finish.
/// </summary>
/// <param name="Users">Users, each with one request in flight.</param>
/// <param name="Lengths">Each request's lengths.</param>
/// <param name="Requests">Requests to send in all.</param>
/// <param name="Duration">Seconds after which no new request is sent (infinity: no limit).</param>
public sealed record ClosedLoopWorkload(int Users, IRequestLengths Lengths, long Requests, double Duration) : SimulationWorkload;
