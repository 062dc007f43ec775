namespace InferCost.Serving.Workloads;

/// <summary>The ranges a synthetic workload's parameters are held to, each with the reason it is where it is.</summary>
public static class WorkloadLimits
{
    /// <summary>The lowest arrival rate, requests per second: one request in about 17 minutes; slower is an idle server.</summary>
    public const double MinRate = 0.001;

    /// <summary>
    /// The highest arrival rate, requests per second: 100,000, four orders of magnitude above the shipped conversation
    /// trace's 5.5/s and beyond what one simulated deployment can serve (every request costs at least a step of
    /// milliseconds), so a larger figure is a unit slip (per minute, per hour) rather than a load.
    /// </summary>
    public const double MaxRate = 100_000;

    /// <summary>
    /// The least coefficient of variation of gamma inter-arrival gaps: 0.1 (shape 100), already nearly periodic.
    /// </summary>
    public const double MinBurstiness = 0.1;

    /// <summary>
    /// The greatest coefficient of variation of gamma inter-arrival gaps: 20. The shipped traces' gaps measure 1.09
    /// (conversation) and 13.2 (code); 20 leaves room above the burstiest of them.
    /// </summary>
    public const double MaxBurstiness = 20;

    /// <summary>The least sigma of a log-normal length: below it the distribution is a fixed length in all but name.</summary>
    public const double MinSigma = 0.01;

    /// <summary>
    /// The greatest sigma of a log-normal length: 3, a factor of about 2,200 between P10 and P90. The shipped traces'
    /// log lengths have sigma 0.85 to 1.36.
    /// </summary>
    public const double MaxSigma = 3;
}
