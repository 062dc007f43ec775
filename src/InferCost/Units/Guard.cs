using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace InferCost.Units;

/// <summary>Rejects NaN and infinity where a quantity is made, so that no non-finite number ever reaches output.</summary>
internal static class Guard
{
    /// <summary>The value, if finite. The throw lives in its own method so that this check inlines into every unit operator.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Finite(double value, string unit)
    {
        if (!double.IsFinite(value))
        {
            ThrowNotFinite(value, unit);
        }

        return value;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNotFinite(double value, string unit) =>
        throw new ArgumentOutOfRangeException(nameof(value), value, $"A quantity in {unit} must be a finite number.");
}
