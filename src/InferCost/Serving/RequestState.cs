namespace InferCost.Serving;

/// <summary>
/// A request inside the simulated server. <see cref="Computed"/> counts the tokens whose KV has been computed; when it
/// reaches <see cref="Target"/> the pass that got it there emits a token. A new request's target is its prompt; after
/// each token it is one more (a decode step); after a recompute preemption it is the prompt plus the tokens emitted
/// (one long prefill that emits the next token).
/// </summary>
internal struct RequestState
{
    public long Index;
    public double Arrival;
    public int Input;
    public int Output;
    public int Computed;
    public int Target;
    public int Generated;
    public double FirstToken;
    public double LastToken;
    public double HeldBytes;
    public int HeldPositions;
    public double UsedBytes;
    public int Preemptions;
    public int User;
    public bool Scheduled;
    public bool Running;

    /// <summary>Its prompt's blocks named by prefix (empty when unnamed).</summary>
    public System.Collections.Immutable.ImmutableArray<int> Blocks;

    /// <summary>Its first blocks held by reference in the prefix cache (their KV is not in <see cref="HeldBytes"/>).</summary>
    public int Shared;

    /// <summary>Whether its next pass is one decode token (it has emitted and needs one token's KV).</summary>
    public readonly bool Decoding => Generated > 0 && Target - Computed == 1;
}
