namespace InferCost.Units;

/// <summary>A typed quantity that can be recorded, with its unit, in a derivation.</summary>
public interface IQuantity
{
    /// <summary>The value and its unit.</summary>
    Quantity ToQuantity();
}
