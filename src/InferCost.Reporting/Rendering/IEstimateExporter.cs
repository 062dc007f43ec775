using InferCost.Estimation;

namespace InferCost.Reporting.Rendering;

/// <summary>Writes an estimate in one format (as BenchmarkDotNet's IExporter).</summary>
public interface IEstimateExporter
{
    /// <summary>The --format name.</summary>
    string Name { get; }

    /// <summary>Writes the estimate, with its derivation when <paramref name="explain"/> is set.</summary>
    void Write(Estimate estimate, bool explain, TextWriter output);
}
