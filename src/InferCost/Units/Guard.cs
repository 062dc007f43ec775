namespace InferCost.Units;

/// <summary>Rejects values no physical quantity can take.</summary>
internal static class Guard
{
    /// <summary>Throws when <paramref name="value"/> is NaN or infinite: a quantity is always a finite number.</summary>
    public static double Finite(double value, string unit) =>
        double.IsFinite(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"A quantity in {unit} must be a finite number.");
}
