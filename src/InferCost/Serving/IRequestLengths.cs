namespace InferCost.Serving;

/// <summary>The lengths of the next request a closed-loop user sends.</summary>
public interface IRequestLengths
{
    /// <summary>The next request's input and output tokens.</summary>
    (int InputTokens, int OutputTokens) NextLengths();
}
