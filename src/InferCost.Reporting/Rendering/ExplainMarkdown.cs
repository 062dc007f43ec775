using InferCost.Estimation;
using InferCost.Explain;

namespace InferCost.Reporting.Rendering;

/// <summary>Writes a derivation as Markdown: each step's name, formula, inputs with units and result, in order.</summary>
public static class ExplainMarkdown
{
    /// <summary>Writes the derivation steps as Markdown: each step's formula, inputs and result.</summary>
    public static void Write(IReadOnlyList<DerivationStep> steps, TextWriter output)
    {
        output.WriteLine("# Derivation");
        string? section = null;
        var n = 0;
        foreach (var step in steps)
        {
            if (step.Section != section)
            {
                section = step.Section;
                output.WriteLine();
                output.WriteLine($"## {section}");
                output.WriteLine();
            }

            n++;
            output.WriteLine($"{n}. **{step.Name}**: `{step.Formula}`");
            foreach (var input in step.Inputs)
            {
                output.WriteLine($"   - {input.Symbol} = {QuantityFormatter.Format(input.Value)}");
            }

            output.WriteLine($"   - **= {QuantityFormatter.Format(step.Result)}**");
        }
    }

    /// <summary>Writes "Where the factors came from": the confidence, then each efficiency factor, its value and its provenance.</summary>
    public static void WriteProvenance(EstimateConfidence confidence, TextWriter output)
    {
        output.WriteLine();
        output.WriteLine("## Where the factors came from");
        output.WriteLine();
        output.WriteLine($"Confidence: {EstimateConfidenceJson.Name(confidence.Basis)}. {confidence.Note}");
        output.WriteLine();
        foreach (var f in confidence.Factors)
        {
            output.WriteLine($"- **{f.Key}** ({f.Name}) = {QuantityFormatter.Format(f.Value)}: {f.Provenance}");
        }
    }
}
