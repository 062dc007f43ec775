using InferCost.Analysis;
using InferCost.Reporting.Analysis;
using InferCost.Reporting.Catalogs;
using InferCost.Reporting.Sweep;
using InferCost.Results;
using InferCost.Scenarios.Fields;

namespace InferCost.Cli.Scenarios;

/// <summary>
/// The CLI's spelling of what the library names by canonical id: a scenario field's flag is "--" + its id
/// (power-price: --power-price), and so is the flag of each other input the library reports errors on.
/// </summary>
internal static class CliFlags
{
    // The library's non-field inputs that are options here, by canonical id.
    private static readonly HashSet<string> Inputs =
        [CatalogChoice.CatalogInput, CatalogChoice.CalibrationInput, SweepChart.PlotInput, ContextListParser.Input,
        LayoutAnalysis.Input];

    /// <summary>The flag that sets <paramref name="field"/>.</summary>
    public static string Of(ScenarioField field) => "--" + field.Id;

    /// <summary>The flag of a non-field input, by its canonical id (contexts: --contexts).</summary>
    public static string OfInput(string id) => "--" + id;

    /// <summary>
    /// The error with its source spelled as the flag: when the library named an input by canonical id, or when the
    /// engine named a scenario field by id under its neutral source ("scenario", "catalog") — the user gave that field
    /// as a flag (a value from a scenario file is relabelled with its file and key by the resolver before it gets here).
    /// </summary>
    public static InputError Spelled(InputError e) =>
        e.Code.Length > 0 && e.Source is "scenario" or "catalog" && e.Field.Length > 0 ? e with { Source = OfInput(e.Field), Field = "" }
        : Inputs.Contains(e.Source) ? e with { Source = OfInput(e.Source) }
        : e.Source == SimulationSource && e.Field.Length > 0 ? e with { Source = OfInput(e.Field), Field = "" }
        : e;

    // The serving simulator names its own inputs (concurrency, prefix-hit, kv-cache, preemption, requests) under this
    // source; each is the option of the same name on simulate and slo.
    private const string SimulationSource = "simulation";
}
