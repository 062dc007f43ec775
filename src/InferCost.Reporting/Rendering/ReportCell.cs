using InferCost.Units;

namespace InferCost.Reporting.Rendering;

/// <summary>A report cell: a quantity (formatted by the renderer) or a piece of text.</summary>
/// <param name="Text">Text, when the cell is not a quantity.</param>
/// <param name="Value">The quantity, when it is one.</param>
internal readonly record struct ReportCell(string? Text, Quantity? Value)
{
    public static implicit operator ReportCell(string text) => new(text, null);

    public static implicit operator ReportCell(Quantity value) => new(null, value);

    public string Render() => Value is { } q ? QuantityFormatter.Format(q) : Text ?? "";
}
