using InferCost.Units;

namespace InferCost.Explain;

/// <summary>
/// Records each step of a calculation as it is computed, so that the number and its explanation
/// come from the same line of code. A derivation created with <see cref="Off"/> records nothing
/// and allocates nothing, for sweeps over many scenarios.
/// </summary>
public sealed class Derivation
{
    private readonly List<DerivationStep>? _steps;
    private readonly List<EstimateWarning> _warnings = [];

    private Derivation(bool recording) => _steps = recording ? [] : null;

    /// <summary>A derivation that records every step.</summary>
    public static Derivation Recording() => new(recording: true);

    /// <summary>A derivation that records no steps (warnings are still kept).</summary>
    public static Derivation Off() => new(recording: false);

    /// <summary>Whether steps are being recorded.</summary>
    public bool IsRecording => _steps is not null;

    /// <summary>The section that the next steps belong to.</summary>
    public string Section { get; set; } = "General";

    /// <summary>The recorded steps, in order.</summary>
    public IReadOnlyList<DerivationStep> Steps => _steps ?? (IReadOnlyList<DerivationStep>)[];

    /// <summary>The warnings raised while computing.</summary>
    public IReadOnlyList<EstimateWarning> Warnings => _warnings;

    /// <summary>Records a step whose result is a typed quantity, and returns the result.</summary>
    public T Step<T>(string name, string formula, T result, params ReadOnlySpan<DerivationInput> inputs)
        where T : IQuantity
    {
        _steps?.Add(new DerivationStep(Section, name, formula, inputs.ToArray(), result.ToQuantity()));
        return result;
    }

    /// <summary>Records a step whose result is an untyped number with a unit, and returns the number.</summary>
    public double Step(string name, string formula, Quantity result, params ReadOnlySpan<DerivationInput> inputs)
    {
        _steps?.Add(new DerivationStep(Section, name, formula, inputs.ToArray(), result));
        return result.Value;
    }

    /// <summary>Raises a warning (kept once per code).</summary>
    public void Warn(string code, WarningSeverity severity, string message)
    {
        if (_warnings.Exists(w => w.Code == code))
        {
            return;
        }

        _warnings.Add(new EstimateWarning(code, severity, message));
    }
}
