using System.Collections.Immutable;
using InferCost.Units;

namespace InferCost.Fidelity;

/// <summary>
/// One fitted factor: whose it is (an accelerator family's hardware factor or a serving stack's software factor), its
/// profile key, its name for people and its fitting range.
/// </summary>
/// <param name="Owner">Whether a family or a stack carries it.</param>
/// <param name="Index">Its place in the owner's fitted vector (the order of <c>EfficiencyBounds</c> or <c>StackBounds</c>).</param>
/// <param name="Name">What it is, for people.</param>
/// <param name="ToQuantity">A value in the unit of its range (times in microseconds) as a quantity, for display.</param>
public sealed record EfficiencyFactor(FactorOwner Owner, int Index, string Name, Func<double, Quantity> ToQuantity)
{
    /// <summary>The hardware factors fitted per accelerator family, in the fitted vector's order.</summary>
    public static IReadOnlyList<EfficiencyFactor> Family { get; } =
    [
        new(FactorOwner.Family, 0, "memory bandwidth reached in decode", Quantity.Share),
        new(FactorOwner.Family, 1, "dense tensor FLOP/s reached in GEMMs", Quantity.Share),
        new(FactorOwner.Family, 2, "all-reduce bandwidth, share of scale-up peak", Quantity.Share),
    ];

    /// <summary>The software factors fitted per serving stack, in the fitted vector's order.</summary>
    public static IReadOnlyList<EfficiencyFactor> Stack { get; } =
    [
        new(FactorOwner.Stack, 0, "fixed software time per forward pass", Micro),
        new(FactorOwner.Stack, 1, "start gap and tail per kernel launched", Micro),
        new(FactorOwner.Stack, 2, "host time per request per step (reference host)", Micro),
        new(FactorOwner.Stack, 3, "the KV-pool fraction of the stack's memory rule", Quantity.Share),
        new(FactorOwner.Stack, 4, "MoE grouped GEMM relative to a dense GEMM", Quantity.Share),
        new(FactorOwner.Stack, 5, "block-scaled FP8 GEMM relative to a per-tensor FP8 GEMM", Quantity.Share),
    ];

    /// <summary>Every fitted factor: the family's, then the stack's.</summary>
    public static IReadOnlyList<EfficiencyFactor> All { get; } = [.. Family, .. Stack];

    /// <summary>The keys of <paramref name="factors"/> a fit set: <paramref name="fitted"/>, or all of them when not given.</summary>
    public static IReadOnlyList<string> FittedKeys(IReadOnlyList<EfficiencyFactor> factors, ImmutableArray<string> fitted) =>
        fitted.IsDefault ? [.. factors.Select(f => f.Key)] : fitted;

    /// <summary>The keys of <paramref name="factors"/> not in <paramref name="fittedKeys"/> (kept at their catalog priors), in factor order.</summary>
    public static IReadOnlyList<string> KeptKeys(IReadOnlyList<EfficiencyFactor> factors, IReadOnlyList<string> fittedKeys) =>
        [.. factors.Select(f => f.Key).Where(k => !fittedKeys.Contains(k))];

    /// <summary>Its key in a calibration profile: the name its fitting range is declared under.</summary>
    public string Key => Bound.Name;

    /// <summary>The range the fit may move the factor in (times in microseconds).</summary>
    public (double Lo, double Hi) Range => (Bound.Lo, Bound.Hi);

    private (string Name, double Lo, double Hi) Bound =>
        Owner == FactorOwner.Family ? EfficiencyBounds.Ranges[Index] : StackBounds.Ranges[Index];

    /// <summary>This factor's value in a family's hardware factors (a family factor only).</summary>
    public double Read(Catalog.ServingEfficiency e) => EfficiencyBounds.Values(e)[Index];

    /// <summary>This factor's value in a stack's software factors (a stack factor only; times in microseconds).</summary>
    public double Read(Catalog.StackFactors f) => StackBounds.Values(f)[Index];

    private static Quantity Micro(double microseconds) => Seconds.FromMicroseconds(microseconds).ToQuantity();
}
