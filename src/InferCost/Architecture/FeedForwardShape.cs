namespace InferCost.Architecture;

/// <summary>The feed-forward block of one layer: dense, or a mixture of experts with optional shared experts.</summary>
/// <param name="DenseIntermediate">Intermediate size of a dense FFN (0 in an MoE layer).</param>
/// <param name="RoutedExperts">Routed experts in an MoE layer (0 for a dense layer).</param>
/// <param name="ExpertsPerToken">Routed experts each token activates.</param>
/// <param name="ExpertIntermediate">Intermediate size of one routed expert.</param>
/// <param name="SharedExperts">Always-active shared experts.</param>
/// <param name="SharedIntermediate">Intermediate size of one shared expert.</param>
/// <param name="ExpertsHaveBias">Whether expert projections and the router carry biases (gpt-oss).</param>
public sealed record FeedForwardShape(
    int DenseIntermediate,
    int RoutedExperts = 0,
    int ExpertsPerToken = 0,
    int ExpertIntermediate = 0,
    int SharedExperts = 0,
    int SharedIntermediate = 0,
    bool ExpertsHaveBias = false)
{
    /// <summary>Whether this is a mixture-of-experts layer.</summary>
    public bool IsMixtureOfExperts => RoutedExperts > 0;

    /// <summary>A dense FFN with the given intermediate size.</summary>
    public static FeedForwardShape Dense(int intermediate) => new(intermediate);
}
