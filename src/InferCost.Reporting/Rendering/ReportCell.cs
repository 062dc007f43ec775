using InferCost.Units;

namespace InferCost.Reporting.Rendering;

/// <summary>A report cell: a quantity (formatted by the renderer) or a piece of text.</summary>
/// <param name="Text">Text, when the cell is not a quantity.</param>
/// <param name="Value">The quantity, when it is one.</param>
public readonly record struct ReportCell(string? Text, Quantity? Value)
{
    /// <summary>A text cell.</summary>
    public static implicit operator ReportCell(string text) => new(text, null);

    /// <summary>A cell holding a quantity (formatted for people, kept as a number for JSON and CSV).</summary>
    public static implicit operator ReportCell(Quantity value) => new(null, value);

    /// <summary>The cell as people read it.</summary>
    public string Render() => Value is { } q ? QuantityFormatter.Format(q) : Text ?? "";
}
